package io.jbindgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.GenerationRequest;
import io.jbindgen.Generator;
import io.jbindgen.GeneratorBugException;
import io.jbindgen.HeaderResult;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.Position;
import io.jbindgen.output.GeneratedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliRunnerTest {

    /**
     * Stands in for the library: answers from the header's content, "error", "warning", "throw", or
     * anything for success, in request order.
     */
    private static final class ScriptedGenerator implements BiConsumer<GenerationRequest, Consumer<HeaderResult>> {
        @Override
        public void accept(GenerationRequest request, Consumer<HeaderResult> each) {
            for (Path header : request.headers()) {
                each.accept(result(header, request));
            }
        }

        private static HeaderResult result(Path header, GenerationRequest request) {
            String name = header.getFileName().toString();
            String content = read(header);
            GenerationRequest.Output output = request.outputs().getFirst();
            if (content.contains("throw")) {
                return new HeaderResult(header, output, List.of(), true, List.of(), null, null, List.of(), List.of(),
                        new GeneratorBugException(header, new IllegalStateException("scripted failure")));
            }
            Diagnostics diagnostics = new Diagnostics();
            if (content.contains("error")) {
                diagnostics.error(new Position(header.toString(), 2, 7), "scripted-error", "bad %s", name);
                return new HeaderResult(header, output, diagnostics.all(), true, List.of(), null, null, List.of(),
                        List.of(), null);
            }
            if (content.contains("warning")) {
                diagnostics.warning(new Position(header.toString(), 1, 3), "scripted-warning", "odd");
            }
            return new HeaderResult(header, output, diagnostics.all(), false,
                    request.wants(GenerationRequest.Product.JAVA)
                            ? List.of(new GeneratedFile("p/" + name.replace(".h", "") + ".java", "// " + header + "\n"))
                            : List.of(),
                    request.wants(GenerationRequest.Product.LAYOUT_JSON) ? "{\"h\": \"" + name + "\"}\n" : null,
                    request.wants(GenerationRequest.Product.LAYOUT_TEXT) ? "report of " + name + "\n" : null,
                    List.of(), List.of(), null);
        }

        private static String read(Path header) {
            try {
                return Files.readString(header);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void headers() throws IOException {
        Files.writeString(dir.resolve("ok.h"), "fine");
        Files.writeString(dir.resolve("slow.h"), "slow warning");
        Files.writeString(dir.resolve("bad.h"), "error");
        Files.writeString(dir.resolve("boom.h"), "throw");
    }

    private int run(String... args) {
        List<String> list = new ArrayList<>(List.of(args));
        return new CliRunner(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ScriptedGenerator()).run(list);
    }

    private String h(String name) {
        return dir.resolve(name).toString();
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void reportsInArgumentOrder() {
        int status = run("--layout-text", h("slow.h"), h("ok.h"));

        assertThat(status).as(stderr()).isZero();
        assertThat(stdout()).isEqualTo("report of slow.h\nreport of ok.h\n");
        assertThat(stderr()).isEqualTo(h("slow.h") + ":1:3: warning: odd [scripted-warning]\n");
    }

    @Test
    void aHeaderWithErrorsFailsTheRunButTheOthersGetTheirOutput() throws IOException {
        Path json = dir.resolve("json");
        Files.createDirectories(json);
        Files.writeString(json.resolve("bad.h.json"), "stale");

        int status = run("--layout-json", json.toString(), h("ok.h"), h("bad.h"));

        assertThat(status).isEqualTo(CliRunner.EXIT_HEADER_ERRORS);
        assertThat(json.resolve("ok.h.json")).hasContent("{\"h\": \"ok.h\"}");
        assertThat(json.resolve("bad.h.json")).doesNotExist();
        assertThat(stderr()).isEqualTo(h("bad.h") + ":2:7: error: bad bad.h [scripted-error]\n");
    }

    @Test
    void oneHeaderWritesLayoutJsonToTheGivenFile() {
        Path json = dir.resolve("sub/one.json");

        assertThat(run("--layout-json", json.toString(), h("ok.h"))).isZero();

        assertThat(json).hasContent("{\"h\": \"ok.h\"}");
    }

    @Test
    void generatedJavaGoesUnderTheOutputRoot() {
        Path root = dir.resolve("java");

        assertThat(run("-d", root.toString(), "-p", "p", h("ok.h"))).isZero();

        assertThat(root.resolve("p/ok.java")).hasContent("// " + h("ok.h"));
    }

    @Test
    void anUnexpectedFailureIsAnInternalErrorNamingTheHeaderAndTheOthersStillRun() {
        Path json = dir.resolve("j");

        int status = run("--layout-json", json.toString(), h("boom.h"), h("ok.h"));

        assertThat(status).isEqualTo(CliRunner.EXIT_INTERNAL_ERROR);
        assertThat(stderr()).startsWith("jbindgen: internal error: while processing " + h("boom.h")
                + ": java.lang.IllegalStateException: scripted failure");
        assertThat(json.resolve("ok.h.json")).exists();
    }

    @Test
    void usageErrorsExitWith2AndShowTheSynopsis() {
        assertThat(run("--bogus", h("ok.h"))).isEqualTo(CliRunner.EXIT_USAGE);
        assertThat(stderr()).startsWith("jbindgen: unknown option '--bogus'\nusage: java -jar jbindgen.jar");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void versionAndHelp() {
        assertThat(run("--version")).isZero();
        assertThat(run("--help")).isZero();

        assertThat(stdout()).startsWith("jbindgen " + Generator.version() + "\nusage: ")
                .contains("--layout-json PATH", "-d DIR", "Exit status");
    }
}
