package io.jbindgen.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one file writer: regular files replaced atomically with umask permissions, devices, FIFOs and
 * links written through and left in place. Devices and FIFOs are real ones made with {@code mknod}
 * and {@code mkfifo} in a temporary directory; the umask is the one {@code sh} reports.
 */
public class OutputFilesTest {

    @TempDir
    Path root;

    @Test
    void writesUnderTheRootCreatingDirectoriesAndLeavesNoTemporaryFiles() throws IOException {
        OutputFiles.write(OutputFiles.under(root, "io/x/Foo.java"), "class Foo {}\n");

        assertThat(root.resolve("io/x/Foo.java")).hasContent("class Foo {}");
        try (var files = Files.list(root.resolve("io/x"))) {
            assertThat(files).containsExactly(root.resolve("io/x/Foo.java"));
        }
    }

    @Test
    void replacesChangedContentAndKeepsUnchangedFilesUntouched() throws IOException {
        Path file = root.resolve("a.txt");
        assertThat(OutputFiles.write(file, "one")).isTrue();
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(file, old);

        assertThat(OutputFiles.write(file, "one")).isFalse();
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);

        assertThat(OutputFiles.write(file, "two")).isTrue();
        assertThat(file).hasContent("two");
        assertThat(Files.getLastModifiedTime(file)).isNotEqualTo(old);
    }

    @Test
    void refusesPathsLeavingTheRoot() {
        for (String bad : new String[] {"../evil.java", "a/../../evil.java", "/etc/evil", "", "."}) {
            assertThatThrownBy(() -> OutputFiles.under(root.resolve("out"), bad))
                    .as(bad).isInstanceOf(IOException.class);
        }
        assertThat(root.resolve("evil.java")).doesNotExist();
    }

    @Test
    void newFilesGetTheUmasksPermissionsNotOwnerOnly() throws Exception {
        Path file = root.resolve("sub/new.txt");
        OutputFiles.write(file, "x");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo(umaskMode());
    }

    @Test
    void aReplacedFileKeepsItsMode() throws Exception {
        Path file = root.resolve("script.sh");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-x---"));

        OutputFiles.write(file, "new");

        assertThat(file).hasContent("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rwxr-x---");
    }

    @Test
    void aCharacterDeviceIsWrittenThroughNotReplaced() throws Exception {
        Path devNull = mknodNull(root);

        assertThat(OutputFiles.write(devNull, "{}\n")).isTrue();
        assertThat(OutputFiles.write(devNull, "{}\n")).as("a device is never 'unchanged'").isTrue();

        assertThat(isCharacterDevice(devNull)).isTrue();
        assertThat(Files.size(devNull)).isZero();
        assertThat(OutputFiles.deleteIfRegular(devNull)).isFalse();
        assertThat(isCharacterDevice(devNull)).isTrue();
        try (var files = Files.list(root)) {
            assertThat(files).containsExactly(devNull);
        }
    }

    @Test
    void aFifoIsWrittenThroughToItsReader() throws Exception {
        Path fifo = root.resolve("fifo");
        run("mkfifo", fifo.toString());
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        OutputFiles.write(fifo, "through the pipe");

        assertThat(reader.get(30, TimeUnit.SECONDS)).isEqualTo("through the pipe");
        assertThat(Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther())
                .isTrue();
    }

    @Test
    void aLinkIsWrittenThroughAndStaysALink() throws Exception {
        Path real = root.resolve("real.json");
        Files.writeString(real, "old content, longer than the new one");
        Path link = Files.createSymbolicLink(root.resolve("stdout"), real);

        OutputFiles.write(link, "new");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("new");
        assertThat(OutputFiles.deleteIfRegular(link)).isFalse();
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    /**
     * Makes a copy of {@code /dev/null} ({@code mknod -m 666 DIR/null c 1 3}) in {@code dir}.
     *
     * @param dir a temporary directory
     * @return the device node
     */
    public static Path mknodNull(Path dir) throws Exception {
        Path devNull = dir.resolve("null");
        Process mknod = new ProcessBuilder("mknod", "-m", "666", devNull.toString(), "c", "1", "3")
                .redirectErrorStream(true).start();
        String output = new String(mknod.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assumptions.assumeTrue(mknod.waitFor() == 0,
                "mknod needs root (this test proves a device is not replaced): " + output.strip());
        assertThat(isCharacterDevice(devNull)).isTrue();
        return devNull;
    }

    /** {@return whether {@code path} itself is a character device, as {@code stat} sees it} */
    public static boolean isCharacterDevice(Path path) throws Exception {
        return run("stat", "-c", "%F", path.toString()).strip().equals("character special file");
    }

    /** {@return the permissions {@code sh}'s umask gives a new file, as {@code rw-r--r--}} */
    public static String umaskMode() throws Exception {
        int umask = Integer.parseInt(run("sh", "-c", "umask").strip(), 8);
        int mode = 0666 & ~umask;
        StringBuilder text = new StringBuilder();
        for (int shift = 8; shift >= 0; shift--) {
            text.append((mode & (1 << shift)) == 0 ? '-' : "rwx".charAt((8 - shift) % 3));
        }
        return text.toString();
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
        return output;
    }
}
