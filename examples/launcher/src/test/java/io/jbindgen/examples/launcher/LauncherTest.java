package io.jbindgen.examples.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main job end to end: the launcher's output and exit status. */
class LauncherTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static long descriptors() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
            return s.count();
        }
    }

    @Test
    void theEmulatedGuestSaysHelloThroughTheConsoleAndPowersOff() throws Exception {
        long fds = descriptors();
        int status = run();
        assertThat(status).as("exit status; stdout:%n%s%nstderr:%n%s", out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "device: emulated lguest; guest RAM 16 MiB, console at 0x1000000, transmit ring at 0x1003000 (irq 2)",
                "console status: ACKNOWLEDGE DRIVER",
                "console status: ACKNOWLEDGE DRIVER DRIVER_OK",
                "guest sent: Hello from the guest",
                "guest stopped: CRASH: Power down");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(descriptors()).isEqualTo(fds);
    }

    /**
     * The console's interrupt can race the guest's power-off: an IRQ sent to a guest that just died gets
     * ENOENT, which must not fail the launcher (it did in about one run of seven on a loaded machine).
     */
    @Test
    void aGuestThatDiesWhileItsInterruptIsSentStillEndsTheRunCleanly() {
        for (int i = 0; i < 50; i++) {
            out.reset();
            err.reset();
            assertThat(run()).as("run %d; stderr: %s", i, err.toString(StandardCharsets.UTF_8)).isZero();
        }
    }

    @Test
    void aMissingKernelDeviceIsAClearErrorAndExitStatusOne(@TempDir Path dir) {
        String node = dir.resolve("lguest").toString();
        assertThat(run("--device", node)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("launcher: open on " + node
                + ": ENOENT (errno 2). lguest was removed from Linux in 4.14");
    }

    @Test
    void aDeviceThatRefusesTheCommandIsReportedTypedAndEverythingIsReleased() throws Exception {
        long fds = descriptors();
        assertThat(run("--device", "/dev/full")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).matches("launcher: pwrite on /dev/full \\(fd \\d+\\): ENOSPC \\(errno 28\\)\\R");
        assertThat(descriptors()).isEqualTo(fds);
    }

    @Test
    void badUsageIsExitStatusTwo() {
        assertThat(run("--bogus")).isEqualTo(2);
        assertThat(run("--device")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: launcher [--device PATH]");
    }
}
