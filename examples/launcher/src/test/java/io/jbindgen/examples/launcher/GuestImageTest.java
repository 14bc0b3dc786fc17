package io.jbindgen.examples.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed guest bytes are what binutils makes of the committed source. */
class GuestImageTest {
    private static final Path SOURCE = Path.of("src/main/guest/hello_guest.S");

    private static boolean runs(Path dir, String... command) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve(command[0] + ".log").toFile()).start();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void theCommittedHelloGuestIsTheAssembledSource(@TempDir Path dir) throws Exception {
        assumeTrue(runs(dir, "as", "--version") && runs(dir, "objcopy", "--version"),
                "no binutils (as, objcopy) on this machine: apt-get install binutils; the guest's bytes are not re-checked");
        assertThat(runs(dir, "as", "--64", "-o", "guest.o", SOURCE.toAbsolutePath().toString()))
                .as(() -> read(dir.resolve("as.log"))).isTrue();
        assertThat(runs(dir, "objcopy", "-O", "binary", "-j", ".text", "guest.o", "guest.bin")).isTrue();
        byte[] committed;
        try (InputStream in = GuestImage.class.getResourceAsStream(GuestImage.HELLO)) {
            committed = in.readAllBytes();
        }
        assertThat(Files.readAllBytes(dir.resolve("guest.bin"))).isEqualTo(committed);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
