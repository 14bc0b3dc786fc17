package io.jbindgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.output.OutputFilesTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line over the real front end, layout engine, reports and emitter. Expected sizes and
 * offsets are gcc's ({@code _Static_assert} probes compiled with gcc and gcc -m32 on small.h).
 */
class CliEndToEndTest {

    @TempDir
    Path out;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(CliEndToEndTest.class.getResource("/cli/" + name).toURI());
    }

    private int run(String... args) {
        return Main.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    @Test
    void layoutJsonOfOneHeaderHasGccsNumbersPerTarget() throws Exception {
        Path x64 = out.resolve("x64.json");
        Path i386 = out.resolve("i386.json");

        assertThat(run("--layout-json", x64.toString(), fixture("small.h").toString())).as(err()).isZero();
        assertThat(run("--target", "i386", "--layout-json", i386.toString(), fixture("small.h").toString()))
                .as(err()).isZero();

        assertThat(Files.readString(x64)).contains("\"target\": \"x86_64\"", "\"c\": \"struct small_point\"",
                "\"size\": 16", "{\"name\": \"y\", \"type\": \"long\", \"offset\": 8, \"size\": 8}",
                "\"name\": \"SMALL_VERSION\", \"value\": 3", "\"name\": \"SMALL_GREEN\", \"value\": 5");
        assertThat(Files.readString(i386)).contains("\"target\": \"i386\"", "\"size\": 12",
                "{\"name\": \"y\", \"type\": \"long\", \"offset\": 8, \"size\": 4}");
        assertThat(err()).isEmpty();
    }

    @Test
    void severalHeadersGetOneJsonEachAndAFailingOneDoesNotStopTheOthers() throws Exception {
        Path dir = out.resolve("json");

        int status = run("--layout-json", dir.toString(), fixture("uses_missing.h").toString(),
                fixture("small.h").toString(), fixture("uses_small.h").toString());

        assertThat(status).isEqualTo(CliRunner.EXIT_HEADER_ERRORS);
        assertThat(err()).startsWith(fixture("uses_missing.h") + ":2:");
        assertThat(err()).contains("error:");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("small.h.json", "uses_small.h.json");
        }
        assertThat(Files.readString(dir.resolve("uses_small.h.json")))
                .contains("\"c\": \"struct s\"").doesNotContain("\"c\": \"struct small_point\"");
    }

    @Test
    void layoutTextGoesToStandardOutput() throws Exception {
        assertThat(run("--layout-text", fixture("small.h").toString())).as(err()).isZero();

        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("struct small_point {", "size: 16");
    }

    @Test
    void macrosFromTheCommandLineDecideConditionals() throws IOException {
        Path header = out.resolve("cond.h");
        Files.writeString(header, "#ifdef WIDE\nstruct w { long a[N]; };\n#endif\nstruct always { char c; };\n");
        Path wide = out.resolve("wide.json");
        Path undefined = out.resolve("undefined.json");

        assertThat(run("-DWIDE", "-D", "N=3", "--layout-json", wide.toString(), header.toString())).isZero();
        assertThat(run("-DWIDE", "-DN=3", "-U", "WIDE", "--layout-json", undefined.toString(), header.toString()))
                .isZero();

        assertThat(Files.readString(wide)).contains("\"c\": \"struct w\"", "\"size\": 24");
        assertThat(Files.readString(undefined)).doesNotContain("struct w").contains("struct always");
    }

    @Test
    void angleIncludesAreFoundOnlyThroughMinusI() throws Exception {
        Path header = out.resolve("angle.h");
        Files.writeString(header, "#include <small.h>\nstruct a { struct small_point p; };\n");
        Path json = out.resolve("angle.json");

        assertThat(run("--layout-json", json.toString(), header.toString())).isEqualTo(1);
        assertThat(err()).startsWith(header + ":1:").contains("small.h");
        assertThat(run("-I" + fixture("small.h").getParent(), "--layout-json", json.toString(), header.toString()))
                .isZero();
        assertThat(Files.readString(json)).contains("\"c\": \"struct a\"", "\"size\": 16");
    }

    @Test
    void javaSourcesGoUnderTheOutputRootInThePackage() throws Exception {
        Path root = out.resolve("java");

        assertThat(run("-d", root.toString(), "-p", "io.test.small", fixture("small.h").toString()))
                .as(err()).isZero();

        try (var files = Files.walk(root)) {
            List<String> java = files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).toList();
            assertThat(java).isNotEmpty().allMatch(p -> p.startsWith("io/test/small/") && p.endsWith(".java"));
        }
    }

    @Test
    void layoutJsonToACharacterDeviceWritesThroughItAndNeverReplacesIt() throws Exception {
        Path devNull = OutputFilesTest.mknodNull(out);

        assertThat(run("--layout-json", devNull.toString(), fixture("small.h").toString())).as(err()).isZero();
        assertThat(OutputFilesTest.isCharacterDevice(devNull)).isTrue();

        assertThat(run("--layout-json", devNull.toString(), fixture("uses_missing.h").toString()))
                .as("a failing header removes a stale JSON file, never a device").isEqualTo(1);
        assertThat(OutputFilesTest.isCharacterDevice(devNull)).isTrue();
        try (var files = Files.list(out)) {
            assertThat(files).containsExactly(devNull);
        }
    }

    @Test
    void layoutJsonDashGoesToStandardOutput() throws Exception {
        assertThat(run("--layout-json", "-", fixture("small.h").toString())).as(err()).isZero();

        assertThat(stdout.toString(StandardCharsets.UTF_8)).startsWith("{").contains("\"c\": \"struct small_point\"");
        assertThat(out.resolve("-")).doesNotExist();
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void layoutJsonDashTakesOneHeader() throws Exception {
        assertThat(run("--layout-json", "-", fixture("small.h").toString(), fixture("uses_small.h").toString()))
                .isEqualTo(CliRunner.EXIT_USAGE);
        assertThat(err()).contains("--layout-json - (standard output) takes one header");
    }

    @Test
    void writtenFilesGetTheUmasksPermissions() throws Exception {
        Path root = out.resolve("java");
        Path json = out.resolve("small.json");

        assertThat(run("--layout-json", json.toString(), "-d", root.toString(), "-p", "io.test.small",
                fixture("small.h").toString())).as(err()).isZero();

        String mode = OutputFilesTest.umaskMode();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(json))).isEqualTo(mode);
        try (var files = Files.walk(root)) {
            List<Path> java = files.filter(Files::isRegularFile).toList();
            assertThat(java).isNotEmpty();
            for (Path file : java) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                        .isEqualTo(mode);
            }
        }
    }

    @Test
    void twoHeadersGeneratingTheSameFileDifferentlyIsAnErrorAndTheFirstWins() throws Exception {
        Path first = Files.createDirectories(out.resolve("a")).resolve("one.h");
        Path second = Files.createDirectories(out.resolve("b")).resolve("two.h");
        Files.writeString(first, "struct ok { int a; };\n");
        Files.writeString(second, "struct ok { long b; };\n");
        Path root = out.resolve("java");

        int status = run("-d", root.toString(), "-p", "p", first.toString(), second.toString());

        assertThat(status).isEqualTo(CliRunner.EXIT_HEADER_ERRORS);
        assertThat(err()).isEqualTo(second + ":1:1: error: p/Ok.java is also generated, with different content, from "
                + first + "; generate them separately [output-collision]\n");
        assertThat(Files.readString(root.resolve("p/Ok.java"))).contains("int a()").doesNotContain("long b()");
    }

    @Test
    void twoHeadersWithOneFileNameShareAPackageTheirConstantsClassesNamedByFolder() throws Exception {
        Path first = Files.createDirectories(out.resolve("a")).resolve("ok.h");
        Path second = Files.createDirectories(out.resolve("b")).resolve("ok.h");
        Files.writeString(first, "#define OK_A 1\n");
        Files.writeString(second, "#define OK_B 2\n");
        Path root = out.resolve("java");

        int status = run("-d", root.toString(), "-p", "p", first.toString(), second.toString());

        assertThat(status).as(err()).isZero();
        assertThat(Files.readString(root.resolve("p/AOk.java"))).contains("OK_A = 1;").doesNotContain("OK_B");
        assertThat(Files.readString(root.resolve("p/BOk.java"))).contains("OK_B = 2;").doesNotContain("OK_A");
        assertThat(root.resolve("p/Ok.java")).doesNotExist();
    }

    @Test
    void aMissingHeaderOrADirectoryIsADiagnosticNotACrashAndTheOthersStillRun() throws Exception {
        Path json = out.resolve("json");
        Path missing = out.resolve("missing.h");

        int status = run("--layout-json", json.toString(), missing.toString(), out.toString(),
                fixture("small.h").toString());

        assertThat(status).isEqualTo(CliRunner.EXIT_HEADER_ERRORS);
        assertThat(err()).isEqualTo(missing + ":1:1: error: cannot read header: no such file [cannot-read-header]\n"
                + out + ":1:1: error: cannot read header: is a directory [cannot-read-header]\n");
        assertThat(json.resolve("small.h.json")).exists();
    }
}
