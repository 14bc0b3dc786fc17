package io.jbindgen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The jar's entry point ({@code Launcher}, compiled for Java 8): on an older Java it names the Java
 * jbindgen needs and exits 2; on this one it runs {@link Main}.
 */
class LauncherTest {

    private record Result(int status, String stdout, String stderr) {
    }

    @Test
    void readsFeatureReleases() {
        assertThat(Launcher.feature("1.8")).isEqualTo(8);
        assertThat(Launcher.feature("17")).isEqualTo(17);
        assertThat(Launcher.feature("25")).isEqualTo(25);
        assertThat(Launcher.feature("26-ea")).isEqualTo(26);
        assertThat(Launcher.feature("")).isZero();
    }

    @Test
    void anOlderJavaIsToldWhichJavaJbindgenNeeds() throws Exception {
        Optional<Path> old = olderJava();
        assumeTrue(old.isPresent(), "no Java older than 25 under /usr/lib/jvm; skipped");

        Result r = run(old.get(), "--version");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.stderr()).startsWith("jbindgen: needs Java 25 or later, but this is Java ")
                .contains("JAVA_HOME").doesNotContain("Exception", "\tat ");
    }

    @Test
    void thisJavaRunsJbindgen() throws Exception {
        Result r = run(Path.of(System.getProperty("java.home"), "bin", "java"), "--version");

        assertThat(r.status()).as(r.stderr()).isZero();
        assertThat(r.stdout()).startsWith("jbindgen ");
    }

    private static Result run(Path java, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    /** {@return the java command of an installed JDK or JRE older than 25 (the machine's default 17)} */
    private static Optional<Path> olderJava() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.list(jvms)) {
            return s.filter(d -> d.getFileName().toString().matches("(java-(8|11|17|21)|.*-(8|11|17|21))-.*|openjdk-(8|11|17|21)"))
                    .map(d -> d.resolve("bin/java")).filter(Files::isExecutable).sorted().findFirst();
        }
    }
}
