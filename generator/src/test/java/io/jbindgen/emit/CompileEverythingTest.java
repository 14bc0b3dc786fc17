package io.jbindgen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.target.Target;
import io.jbindgen.oracle.Toolchains;
import io.jbindgen.output.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generates bindings for every {@code /usr/include/linux/*.h} the front end accepts (x86_64, one
 * package per header) and compiles them in-process with {@code -Xlint:all -Werror}, many headers per
 * compiler run; every accepted header must compile without error, and no generated file may draw a
 * single warning. A batch with any error is compiled again one header at a time, so that an error is
 * charged to its own header (none is dropped for naming no header's package) and one header's syntax
 * error cannot stop javac from type-checking the others. Failures are listed with the compiler's
 * message.
 */
@Tag("corpus")
class CompileEverythingTest {
    private static final Path LINUX = Path.of("/usr/include/linux");
    private static final int BATCH = 60;

    @TempDir
    Path tmp;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void acceptedLinuxHeadersCompile() throws IOException {
        Toolchains.require(Target.X86_64);
        List<Path> headers;
        try (Stream<Path> list = Files.list(LINUX)) {
            headers = list.filter(p -> p.toString().endsWith(".h")).sorted().toList();
        }
        Map<Path, List<GeneratedFile>> accepted = new LinkedHashMap<>();
        Map<Path, String> failures = new TreeMap<>();
        for (Path header : headers) {
            generate(header, accepted, failures);
        }
        assertThat(accepted).as("headers the front end accepts").isNotEmpty();
        List<Path> order = new ArrayList<>(accepted.keySet());
        for (int i = 0; i < order.size(); i += BATCH) {
            compileBatch(order.subList(i, Math.min(order.size(), i + BATCH)), accepted, failures, i / BATCH);
        }
        assertThat(failures.keySet().stream().filter(h -> !accepted.containsKey(h))).as("generator crashes").isEmpty();
        long compiled = accepted.size() - failures.keySet().stream().filter(accepted::containsKey).count();
        String report = String.join("\n", failures.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList());
        System.out.printf("compile-everything: %d headers, %d accepted, %d compiled (%.1f%%)%n%s%n", headers.size(),
                accepted.size(), compiled, 100.0 * compiled / accepted.size(), report);
        assertThat(failures).as(report).isEmpty();
        assertThat(warnings).as("javac -Xlint:all warnings in generated code").isEmpty();
    }

    /** A syntax error in one header's code must not hide another header's type error, nor be lost. */
    @Test
    void eachHeaderOfAFailingBatchIsJudgedAlone() throws IOException {
        Path syntax = Path.of("/h/syntax.h");
        Path types = Path.of("/h/types.h");
        Path fine = Path.of("/h/fine.h");
        Map<Path, List<GeneratedFile>> accepted = new LinkedHashMap<>();
        accepted.put(syntax, List.of(new GeneratedFile("a/A.java", "package a; class A { int x = ; }\n")));
        accepted.put(types, List.of(new GeneratedFile("b/B.java", "package b; class B { int x = \"s\"; }\n")));
        accepted.put(fine, List.of(new GeneratedFile("c/C.java", "package c; class C { int x = 1; }\n")));
        Map<Path, String> failures = new TreeMap<>();
        compileBatch(List.copyOf(accepted.keySet()), accepted, failures, 0);
        assertThat(failures.keySet()).containsExactly(syntax, types);
        assertThat(failures.get(syntax)).contains("A.java");
        assertThat(failures.get(types)).contains("B.java").contains("incompatible types");
    }

    private static String packageOf(Path header) {
        return "linux." + header.getFileName().toString().replaceAll("\\.h$", "").replaceAll("[^A-Za-z0-9]", "_")
                .toLowerCase(java.util.Locale.ROOT) + "_h";
    }

    private static void generate(Path header, Map<Path, List<GeneratedFile>> accepted, Map<Path, String> failures) {
        try {
            HeaderBindings.Result result = HeaderBindings.generate(header, Target.X86_64, packageOf(header),
                    HeaderBindings.SYSTEM_INCLUDES);
            if (result.accepted()) {
                accepted.put(header, result.files());
            }
        } catch (RuntimeException | StackOverflowError e) {
            failures.put(header, "generator failed: " + e);
        }
    }

    private void compileBatch(List<Path> batch, Map<Path, List<GeneratedFile>> accepted, Map<Path, String> failures,
            int n) throws IOException {
        List<GeneratedFile> files = new ArrayList<>();
        batch.forEach(h -> files.addAll(accepted.get(h)));
        JavaCompilation.Result result = JavaCompilation.compile(tmp.resolve("batch" + n), files);
        warnings.addAll(result.warnings());
        if (result.ok()) {
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            Path h = batch.get(i);
            if (accepted.get(h).isEmpty()) {
                continue;
            }
            JavaCompilation.Result alone = JavaCompilation.compile(tmp.resolve("batch" + n + "-" + i), accepted.get(h));
            if (!alone.ok()) {
                failures.put(h, alone.errors().getFirst() + (alone.errors().size() > 1 ? " (+" + (alone.errors().size() - 1)
                        + " more)" : ""));
            }
        }
        assertThat(failures.keySet()).as("a batch failed (%s) but no header alone does", result.errors())
                .anyMatch(batch::contains);
    }
}
