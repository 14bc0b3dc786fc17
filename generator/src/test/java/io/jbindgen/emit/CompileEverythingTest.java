package io.jbindgen.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jbindgen.output.GeneratedFile;
import io.jbindgen.abi.Target;
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
 * compiler run; at least 97% of the accepted headers must compile without error, and no generated
 * file may draw a single warning. Failures are listed with the compiler's message.
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
        assumeTrue(Files.isDirectory(LINUX), "no kernel headers on this machine");
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
        assertThat(100.0 * compiled / accepted.size()).as(report).isGreaterThanOrEqualTo(97.0);
        assertThat(warnings).as("javac -Xlint:all warnings in generated code").isEmpty();
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
        for (String error : result.errors()) {
            for (Path h : batch) {
                if (error.contains("/" + packageOf(h).replace('.', '/') + "/")) {
                    failures.merge(h, error, (a, b) -> a);
                }
            }
        }
    }
}
