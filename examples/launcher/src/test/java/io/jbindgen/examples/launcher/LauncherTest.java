package io.jbindgen.examples.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jbindgen.lguest.kvm.KvmDevice;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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

    private void assertStatusZero(int status) {
        assertThat(status).as("exit status; stdout:%n%s%nstderr:%n%s", out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8)).isZero();
    }

    private void assertHelloAndPowerDown(String device) {
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "device: " + device + "; guest RAM 16 MiB, console at 0x1000000, transmit ring at 0x1003000 (irq 2)",
                "console status: ACKNOWLEDGE DRIVER",
                "console status: ACKNOWLEDGE DRIVER DRIVER_OK",
                "guest sent: Hello from the guest",
                "guest stopped: CRASH: Power down");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void theEmulatedGuestSaysHelloThroughTheConsoleAndPowersOff() throws Exception {
        long fds = descriptors();
        assertStatusZero(run());
        assertHelloAndPowerDown("emulated lguest");
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
        assertThat(run("--guest", "x.bin")).isEqualTo(2);
        assertThat(run("--timeout", "0")).isEqualTo(2);
        assertThat(run("--timeout", "soon")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: launcher [--device kvm|PATH]");
    }

    private static void assumeKvm() {
        Optional<String> why = KvmDevice.unavailable();
        assumeTrue(why.isEmpty(), () -> "the launcher's KVM runs are skipped: " + why.orElse(""));
    }

    @Test
    void theX86GuestSaysHelloThroughTheConsoleOnKvmAndPowersOff() throws Exception {
        assumeKvm();
        long fds = descriptors();
        assertStatusZero(run("--device", "kvm", "--timeout", "60"));
        assertHelloAndPowerDown("KVM lguest (/dev/kvm)");
        assertThat(descriptors()).isEqualTo(fds);
    }

    @Test
    void aKvmGuestThatSpinsForEverIsStoppedByTheTimeout(@TempDir Path dir) throws Exception {
        assumeKvm();
        Path spin = Files.write(dir.resolve("spin.bin"), new byte[] {(byte) 0xEB, (byte) 0xFE}); // jmp .
        long fds = descriptors();
        assertThat(run("--device", "kvm", "--guest", spin.toString(), "--timeout", "1")).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).last()
                .isEqualTo("guest stopped: the launcher interrupted it after 1 s (--timeout)");
        assertThat(descriptors()).isEqualTo(fds);
    }

    @Test
    void aKvmGuestThatHaltsWithInterruptsOffIsStoppedByTheTimeout(@TempDir Path dir) throws Exception {
        assumeKvm();
        // cli; 1: hlt; jmp 1b
        Path halt = Files.write(dir.resolve("halt.bin"), new byte[] {(byte) 0xFA, (byte) 0xF4, (byte) 0xEB, (byte) 0xFD});
        assertThat(run("--device", "kvm", "--guest", halt.toString(), "--timeout", "1")).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).last()
                .isEqualTo("guest stopped: the launcher interrupted it after 1 s (--timeout)");
    }

    @Test
    void aKvmGuestImageThatDoesNotExistIsAClearError(@TempDir Path dir) {
        assumeKvm();
        assertThat(run("--device", "kvm", "--guest", dir.resolve("none.bin").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("launcher: cannot read the guest image "
                + dir.resolve("none.bin"));
    }
}
