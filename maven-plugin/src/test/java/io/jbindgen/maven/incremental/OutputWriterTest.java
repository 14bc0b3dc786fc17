package io.jbindgen.maven.incremental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jbindgen.output.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {

    @TempDir
    Path out;

    private static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);

    @Test
    void writesNewFilesAndRecordsTheirHashes() throws IOException {
        var report = new OutputWriter(out).write(List.of(new GeneratedFile("p/A.java", "class A {}\n")), Map.of());

        assertThat(out.resolve("p/A.java")).hasContent("class A {}");
        assertThat(report.written()).isEqualTo(1);
        // sha256sum of "class A {}\n", computed with coreutils
        OutputEntry entry = report.manifest().get("p/A.java");
        assertThat(report.manifest()).containsOnlyKeys("p/A.java");
        assertThat(entry.sha256()).isEqualTo("f119fc42a923d52cbd5420b0c5841969bef8dea5e8b78ba392ffb58312380247");
        assertThat(entry.size()).isEqualTo(11);
        assertThat(entry.modifiedMillis()).isEqualTo(Files.getLastModifiedTime(out.resolve("p/A.java")).toMillis());
    }

    @Test
    void leavesUnchangedFilesAloneAndRewritesChangedOnes() throws IOException {
        Path a = Files.createDirectories(out.resolve("p")).resolve("A.java");
        Path b = out.resolve("p/B.java");
        Files.writeString(a, "same");
        Files.writeString(b, "old");
        Files.setLastModifiedTime(a, OLD);
        Files.setLastModifiedTime(b, OLD);

        var report = new OutputWriter(out).write(List.of(new GeneratedFile("p/A.java", "same"),
                new GeneratedFile("p/B.java", "new")), Map.of());

        assertThat(report.written()).isEqualTo(1);
        assertThat(Files.getLastModifiedTime(a)).isEqualTo(OLD);
        assertThat(b).hasContent("new");
        assertThat(Files.getLastModifiedTime(b)).isNotEqualTo(OLD);
        try (var files = Files.list(out.resolve("p"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("A.java", "B.java");
        }
    }

    @Test
    void deletesOnlyStaleFilesOfThePreviousManifest() throws IOException {
        Files.createDirectories(out.resolve("p/gone"));
        Files.writeString(out.resolve("p/A.java"), "a");
        Files.writeString(out.resolve("p/gone/Old.java"), "old");
        Files.writeString(out.resolve("p/Foreign.java"), "someone else's");

        var report = new OutputWriter(out).write(List.of(new GeneratedFile("p/A.java", "a")),
                Map.of("p/A.java", OutputEntry.UNKNOWN, "p/gone/Old.java", OutputEntry.UNKNOWN,
                        "p/Vanished.java", OutputEntry.UNKNOWN));

        assertThat(report.deleted()).isEqualTo(1);
        assertThat(out.resolve("p/gone")).doesNotExist();
        assertThat(out.resolve("p/Foreign.java")).hasContent("someone else's");
        assertThat(out.resolve("p/A.java")).exists();
    }

    @Test
    void refusesPathsOutsideTheOutputDirectory() throws IOException {
        OutputWriter writer = new OutputWriter(out.resolve("gen"));
        assertThatThrownBy(() -> writer.confine("a/../../escape.java")).isInstanceOf(IOException.class)
                .hasMessageContaining("refusing to write outside the output directory");
        assertThatThrownBy(() -> writer.write(List.of(), Map.of("../victim.txt", OutputEntry.UNKNOWN)))
                .isInstanceOf(IOException.class);
        Files.writeString(out.resolve("victim.txt"), "keep");
        assertThat(out.resolve("victim.txt")).hasContent("keep");
    }

    @Test
    void refusesToWriteThroughASymbolicLinkOutOfTheOutputDirectory() throws IOException {
        Path outside = Files.createDirectory(out.resolve("outside"));
        Path gen = Files.createDirectory(out.resolve("gen"));
        Files.createSymbolicLink(gen.resolve("p"), outside);

        assertThatThrownBy(() -> new OutputWriter(gen).write(List.of(new GeneratedFile("p/A.java", "x")), Map.of()))
                .isInstanceOf(IOException.class).hasMessageContaining("through a link");
        assertThat(outside).isEmptyDirectory();
    }

    @Test
    void matchesDetectsDeletedAndEditedOutputsWithoutReadingThem() throws IOException {
        OutputWriter writer = new OutputWriter(out);
        var manifest = writer.write(List.of(new GeneratedFile("A.java", "a"), new GeneratedFile("B.java", "b")),
                Map.of()).manifest();
        assertThat(writer.matches(manifest)).isTrue();
        FileTime written = Files.getLastModifiedTime(out.resolve("A.java"));

        Files.writeString(out.resolve("A.java"), "edited");
        assertThat(writer.matches(manifest)).isFalse();
        Files.writeString(out.resolve("A.java"), "z");
        Files.setLastModifiedTime(out.resolve("A.java"), FileTime.fromMillis(written.toMillis() + 1000));
        assertThat(writer.matches(manifest)).as("same size, other time").isFalse();
        Files.setLastModifiedTime(out.resolve("A.java"), written);
        assertThat(writer.matches(manifest)).as("a same-size edit that restores the time is not seen").isTrue();

        Files.delete(out.resolve("B.java"));
        assertThat(writer.matches(manifest)).isFalse();
    }

    @Test
    void writtenFilesAndTheStateGetTheUmasksPermissionsNotOwnerOnly() throws Exception {
        new OutputWriter(out).write(List.of(new GeneratedFile("p/A.java", "class A {}\n")), Map.of());
        StateStore store = new StateStore(out.resolve("state"));
        store.save(new ExecutionState("f", List.of(), Map.of()));

        String mode = umaskMode();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("p/A.java"))))
                .isEqualTo(mode);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo(mode);
    }

    @Test
    void anOutputPathThatIsACharacterDeviceIsWrittenThroughNotReplaced() throws Exception {
        Path devNull = Files.createDirectories(out.resolve("p")).resolve("A.java");
        Process mknod = new ProcessBuilder("mknod", "-m", "666", devNull.toString(), "c", "1", "3")
                .redirectErrorStream(true).start();
        String why = new String(mknod.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(mknod.waitFor() == 0, "mknod needs root (this test proves a device is not replaced): " + why);

        new OutputWriter(out).write(List.of(new GeneratedFile("p/A.java", "class A {}\n")), Map.of());

        assertThat(run("stat", "-c", "%F", devNull.toString()).strip()).isEqualTo("character special file");
    }

    /** {@return the permissions {@code sh}'s umask gives a new file, as {@code rw-r--r--}} */
    private static String umaskMode() throws Exception {
        int mode = 0666 & ~Integer.parseInt(run("sh", "-c", "umask").strip(), 8);
        return triple(mode >> 6) + triple(mode >> 3) + triple(mode);
    }

    private static String triple(int bits) {
        return ((bits & 4) != 0 ? "r" : "-") + ((bits & 2) != 0 ? "w" : "-") + ((bits & 1) != 0 ? "x" : "-");
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
        return output;
    }
}
