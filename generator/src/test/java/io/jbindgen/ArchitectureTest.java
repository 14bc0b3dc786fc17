package io.jbindgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds the generator's dependency arrows: the model uses nothing; the front end (lex, preprocess,
 * parse, eval) never uses the emitter, the reports or the command line; the emitter never uses the
 * front end; emitter and reports sit below the library API, the command line above it and nothing
 * else; the runtime never uses the generator. Reads the {@code import} and fully qualified
 * references of the main sources. And the module's API does not leak: the compiled signatures of the
 * packages {@code module-info.java} exports mention only the JDK and exported packages.
 */
class ArchitectureTest {

    private static final String BASE = "io.jbindgen";
    private static final Pattern REFERENCE = Pattern.compile("\\bio\\.jbindgen\\.([a-z]+)\\.");

    /** Which packages each package may use (besides itself). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("output", Set.of()),
            Map.entry("diag", Set.of("model")),
            Map.entry("lex", Set.of("model", "diag")),
            // the target ABIs' tables, which the front end needs too: no layout engine in them
            Map.entry("target", Set.of("model")),
            Map.entry("abi", Set.of("model", "diag", "target")),
            // the front end below the parser knows targets, not layouts
            Map.entry("eval", Set.of("model", "diag", "lex", "target")),
            Map.entry("preprocess", Set.of("model", "diag", "lex", "eval", "target")),
            // the parser sizes types (sizeof, array bounds) with the layout engine
            Map.entry("parse", Set.of("model", "diag", "lex", "eval", "abi", "target", "preprocess")),
            Map.entry("report", Set.of("model", "diag", "abi", "target", "select")),
            Map.entry("naming", Set.of()),
            Map.entry("commands", Set.of("model", "diag", "target", "naming")),
            // the selection-and-naming pass: what is generated and under which names, as data
            Map.entry("select", Set.of("model", "abi", "target", "naming", "commands")),
            Map.entry("emit", Set.of("model", "diag", "abi", "target", "output", "naming", "commands", "select")),
            Map.entry("abidiff", Set.of("report", "commands")),
            // the Java side of the ABI report: the only package that uses JavaParser
            Map.entry("javadiff", Set.of("abidiff")),
            Map.entry("", Set.of("model", "diag", "lex", "eval", "abi", "target", "preprocess", "parse", "report",
                    "emit", "output", "abidiff", "naming", "commands", "javadiff", "select")),
            // the command line is a thin caller of the library API: no front end, emitter or report of its own
            Map.entry("cli", Set.of("model", "diag", "target", "output", "abidiff", "select", "")));

    @Test
    void packagesDependOnlyDownwards() throws IOException {
        Path root = Path.of("src/main/java/io/jbindgen");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = packageOf(root, file);
                Set<String> allowed = ALLOWED.get(pkg);
                assertThat(allowed).as("package %s.%s is not in the architecture table", BASE, pkg).isNotNull();
                Matcher m = REFERENCE.matcher(Files.readString(file));
                while (m.find()) {
                    String used = m.group(1);
                    if (!used.equals(pkg) && !allowed.contains(used) && ALLOWED.containsKey(used)) {
                        violations.add(root.relativize(file) + " uses " + BASE + "." + used);
                    }
                }
                if (!pkg.isEmpty() && !pkg.equals("cli") && usesRootApi(Files.readString(file))) {
                    violations.add(root.relativize(file) + " uses the root library API");
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    /**
     * The exported packages' API mentions only the JDK and other exported packages: no public or protected
     * signature (supertype, constructor, method, field, record component) of a type a caller can see takes,
     * returns or extends a pass's type. The exported packages are read from the compiled module descriptor.
     */
    @Test
    void exportedSignaturesMentionOnlyExportedTypes() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        Set<String> exported = exportedPackages(classes.resolve("module-info.class"));
        List<String> classNames = classNames(classes);
        Set<String> generatorPackages = new HashSet<>();
        classNames.forEach(name -> generatorPackages.add(name.substring(0, name.lastIndexOf('.'))));
        assertThat(generatorPackages).containsAll(exported);

        Set<String> violations = new TreeSet<>();
        for (String name : classNames) {
            Class<?> type = Class.forName(name, false, getClass().getClassLoader());
            if (!exported.contains(type.getPackageName()) || !ExportedSignatures.isVisibleOutside(type)) {
                continue;
            }
            ExportedSignatures.forEachUse(type, (where, used) -> {
                if (!isJdk(used) && !exported.contains(used.getPackageName())) {
                    String kind = generatorPackages.contains(used.getPackageName()) ? "internal" : "non-JDK";
                    violations.add(where + " " + kind + " " + used.getName());
                }
            });
        }
        assertThat(violations).isEmpty();
    }

    /** The packages the generator's module exports to every module. */
    private static Set<String> exportedPackages(Path moduleInfo) throws IOException {
        try (InputStream in = Files.newInputStream(moduleInfo)) {
            ModuleDescriptor descriptor = ModuleDescriptor.read(in);
            assertThat(descriptor.name()).isEqualTo("io.jbindgen.generator");
            Set<String> exported = new TreeSet<>();
            for (ModuleDescriptor.Exports exports : descriptor.exports()) {
                if (!exports.isQualified()) {
                    exported.add(exports.source());
                }
            }
            assertThat(exported).contains(BASE);
            return exported;
        }
    }

    /** The binary names of the compiled classes under {@code classes}, package-info and module-info left out. */
    private static List<String> classNames(Path classes) throws IOException {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(file -> classes.relativize(file).toString())
                    .filter(file -> file.endsWith(".class") && !file.endsWith("-info.class"))
                    .map(file -> file.substring(0, file.length() - ".class".length()).replace('/', '.'))
                    .sorted()
                    .toList();
        }
    }

    /** Primitives and the JDK's named modules; anything on the class path (a library, the generator) is not. */
    private static boolean isJdk(Class<?> type) {
        Module module = type.getModule();
        return module.isNamed() && ModuleLayer.boot().modules().contains(module);
    }

    /** JavaParser stays in {@code javadiff}: the generator loads it only when the Java side of an ABI report runs. */
    @Test
    void onlyJavadiffUsesJavaParser() throws IOException {
        Path root = Path.of("src/main/java/io/jbindgen");
        try (Stream<Path> files = Files.walk(root)) {
            List<String> users = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (Files.readString(file).contains("com.github.javaparser")) {
                    users.add(packageOf(root, file));
                }
            }
            assertThat(users).isNotEmpty().containsOnly("javadiff");
        }
    }

    /** Below the library API nothing uses it: the emitter's files are {@code output.GeneratedFile} data. */
    private static boolean usesRootApi(String source) {
        return Pattern.compile("import io\\.jbindgen\\.[A-Z]").matcher(source).find();
    }

    /** The runtime that generated code needs never depends on the generator (any {@code io.jbindgen} package but its own). */
    @Test
    void theRuntimeNeverUsesTheGenerator() throws IOException {
        List<String> violations = new ArrayList<>();
        collectUses(Path.of("../generated-runtime/core/src/main/java/io/jbindgen"), "runtime", violations);
        collectUses(Path.of("../generated-runtime/posix/src/main/java/io/jbindgen"), "runtime|posix", violations);
        collectUses(Path.of("../generated-runtime/lguest/src/main/java/io/jbindgen"), "runtime|posix|lguest", violations);
        assertThat(violations).isEmpty();
    }

    /**
     * The runtime makes no downcall handle of its own: its system calls are generated by jbindgen from
     * glibc's headers (generated-runtime/posix), and only {@code NativeLibrary}, which generated code calls,
     * asks the linker for handles.
     */
    @Test
    void noHandWrittenDowncallHandleInTheRuntime() throws IOException {
        List<String> users = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("../generated-runtime"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/"))
                    .toList()) {
                if (Files.readString(file).contains("downcallHandle(")) {
                    users.add(file.getFileName().toString());
                }
            }
        }
        assertThat(users).containsExactly("NativeLibrary.java");
    }

    /** Adds to {@code violations} every use under {@code root} of an {@code io.jbindgen} package not in {@code allowed}. */
    private static void collectUses(Path root, String allowed, List<String> violations) throws IOException {
        assertThat(root).isDirectory();
        Pattern other = Pattern.compile("\\bio\\.jbindgen\\.(?!(?:" + allowed + ")\\b)\\w+");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = other.matcher(Files.readString(file));
                while (m.find()) {
                    violations.add(root.relativize(file) + " uses " + m.group());
                }
            }
        }
    }

    private static String packageOf(Path root, Path file) {
        Path dir = root.relativize(file).getParent();
        return dir == null ? "" : dir.toString().replace('/', '.');
    }
}
