package io.jbindgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds the generator's dependency arrows: front end to model, passes to model, emitter and reports
 * below the library API, nothing pointing back up. Reads the {@code import} and fully qualified
 * references of the main sources.
 */
class ArchitectureTest {

    private static final String BASE = "io.jbindgen";
    private static final Pattern REFERENCE = Pattern.compile("\\bio\\.jbindgen\\.([a-z]+)\\.");

    /** Which packages each package may use (besides itself). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("diag", Set.of("model")),
            Map.entry("lex", Set.of("model", "diag")),
            Map.entry("abi", Set.of("model", "diag")),
            Map.entry("eval", Set.of("model", "diag", "lex", "abi")),
            Map.entry("preprocess", Set.of("model", "diag", "lex", "eval", "abi")),
            Map.entry("parse", Set.of("model", "diag", "lex", "eval", "abi", "preprocess")),
            Map.entry("report", Set.of("model", "diag", "abi")),
            Map.entry("emit", Set.of("model", "diag", "abi")),
            Map.entry("abidiff", Set.of("report")),
            Map.entry("", Set.of("model", "diag", "lex", "eval", "abi", "preprocess", "parse", "report", "emit",
                    "abidiff")),
            Map.entry("cli", Set.of("model", "diag", "lex", "eval", "abi", "preprocess", "parse", "report", "emit", "",
                    "abidiff")));

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
                if (!pkg.isEmpty() && usesRootApi(Files.readString(file))) {
                    if (!pkg.equals("cli")) {
                        violations.add(root.relativize(file) + " uses the root library API");
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    /** The one root type below the API: the emitter returns its files as {@link GeneratedFile} data. */
    private static boolean usesRootApi(String source) {
        Matcher m = Pattern.compile("import io\\.jbindgen\\.([A-Z]\\w*)").matcher(source);
        while (m.find()) {
            if (!m.group(1).equals("GeneratedFile")) {
                return true;
            }
        }
        return false;
    }

    private static String packageOf(Path root, Path file) {
        Path dir = root.relativize(file).getParent();
        return dir == null ? "" : dir.toString().replace('/', '.');
    }
}
