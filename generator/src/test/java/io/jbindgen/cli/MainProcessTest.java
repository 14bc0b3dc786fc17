package io.jbindgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Main} as its own JVM: real exit statuses, and the start-up footprint (the emitter and
 * JavaPoet are not even loaded unless {@code -d} asks for Java sources).
 */
class MainProcessTest {

    @TempDir
    Path out;

    private record Result(int status, String stderr, List<String> loadedClasses) {
    }

    private Result java(String... args) throws IOException, InterruptedException {
        Path log = out.resolve("classes.log");
        Path err = out.resolve("stderr.txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(err.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Result(process.exitValue(), Files.readString(err), Files.readAllLines(log));
    }

    private static String small() throws URISyntaxException {
        return Path.of(MainProcessTest.class.getResource("/cli/small.h").toURI()).toString();
    }

    @Test
    void layoutReportsLoadNeitherTheEmitterNorJavaPoet() throws Exception {
        Result r = java("--layout-json", out.resolve("s.json").toString(), small());

        assertThat(r.status()).as(r.stderr()).isZero();
        assertThat(r.loadedClasses()).anyMatch(line -> line.contains("io.jbindgen.report."))
                .noneMatch(line -> line.contains("com.palantir.javapoet") || line.contains("io.jbindgen.emit."));
    }

    /** JavaParser (the Java side of an ABI report) is loaded only when that side is asked for. */
    @Test
    void onlyTheJavaSideOfAnAbiReportLoadsJavaParser() throws Exception {
        Path baseline = out.resolve("base.json");
        Result generate = java("-d", out.resolve("java").toString(), "-p", "p", "--layout-json", baseline.toString(),
                small());
        assertThat(generate.status()).as(generate.stderr()).isZero();
        assertThat(generate.loadedClasses()).noneMatch(line -> line.contains("com.github.javaparser"));

        Result cOnly = java("--abi-baseline", baseline.toString(), small());
        assertThat(cOnly.status()).as(cOnly.stderr()).isZero();
        assertThat(cOnly.loadedClasses()).anyMatch(line -> line.contains("io.jbindgen.abidiff."))
                .noneMatch(line -> line.contains("com.github.javaparser"));

        Result java = java("--abi-baseline", baseline.toString(), "-p", "p", "--abi-old-sources",
                out.resolve("java").toString(), small());
        assertThat(java.status()).as(java.stderr()).isZero();
        assertThat(java.loadedClasses()).anyMatch(line -> line.contains("com.github.javaparser."));
    }

    @Test
    void generatingJavaLoadsTheEmitter() throws Exception {
        Result r = java("-d", out.resolve("java").toString(), "-p", "p", small());

        assertThat(r.status()).as(r.stderr()).isZero();
        assertThat(r.loadedClasses()).anyMatch(line -> line.contains("com.palantir.javapoet."));
    }

    @Test
    void exitStatusesOfTheRealProcess() throws Exception {
        Result missing = java(out.resolve("missing.h").toString());
        Result usage = java("--no-such-option", small());

        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.stderr()).contains("missing.h:1:1: error: cannot read header");
        assertThat(usage.status()).isEqualTo(2);
        assertThat(usage.stderr()).startsWith("jbindgen: unknown option '--no-such-option'")
                .doesNotContain("Exception");
    }
}
