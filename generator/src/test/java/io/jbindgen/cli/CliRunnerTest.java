package io.jbindgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.GeneratedFile;
import io.jbindgen.Generator;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.Position;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliRunnerTest {

    /** Answers from the header's content: "error", "warning", "throw", "slow", or anything for success. */
    private static final class ScriptedProcessor implements HeaderProcessor {
        @Override
        public Outcome process(Path header, Diagnostics diagnostics) {
            String name = header.getFileName().toString();
            String content = read(header);
            if (content.contains("slow")) {
                sleep();
            }
            if (content.contains("throw")) {
                throw new IllegalStateException("scripted failure");
            }
            if (content.contains("error")) {
                diagnostics.error(new Position(header.toString(), 2, 7), "scripted-error", "bad %s", name);
            }
            if (content.contains("warning")) {
                diagnostics.warning(new Position(header.toString(), 1, 3), "scripted-warning", "odd");
            }
            return new Outcome("{\"h\": \"" + name + "\"}\n", "report of " + name + "\n",
                    List.of(new GeneratedFile("p/" + name.replace(".h", "") + ".java", "// " + header + "\n")));
        }

        private static String read(Path header) {
            try {
                return Files.readString(header);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void sleep() {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
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
                new PrintStream(err, true, StandardCharsets.UTF_8), options -> new ScriptedProcessor()).run(list);
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
    void reportsInArgumentOrderEvenWhenAnEarlierHeaderIsSlower() {
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
    void twoHeadersGeneratingTheSameFileDifferentlyIsAnErrorAndTheFirstWins() throws IOException {
        Path other = Files.createDirectories(dir.resolve("other")).resolve("ok.h");
        Files.writeString(other, "fine");
        Path root = dir.resolve("java");

        int status = run("-d", root.toString(), h("ok.h"), other.toString());

        assertThat(status).isEqualTo(CliRunner.EXIT_HEADER_ERRORS);
        assertThat(stderr()).isEqualTo(other + ":1:1: error: p/ok.java is also generated, with different content, from "
                + h("ok.h") + "; generate them separately [output-collision]\n");
        assertThat(root.resolve("p/ok.java")).hasContent("// " + h("ok.h"));
    }

    @Test
    void aMissingHeaderIsADiagnosticNotACrash() {
        int status = run(h("missing.h"), h("ok.h"));

        assertThat(status).isEqualTo(CliRunner.EXIT_HEADER_ERRORS);
        assertThat(stderr()).isEqualTo(
                h("missing.h") + ":1:1: error: cannot read header: no such file [cannot-read-header]\n");
    }

    @Test
    void aDirectoryAsHeaderIsADiagnostic() {
        assertThat(run(dir.toString())).isEqualTo(CliRunner.EXIT_HEADER_ERRORS);
        assertThat(stderr()).contains("cannot read header: is a directory");
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
