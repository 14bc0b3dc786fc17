package io.jbindgen.lguest;

import static io.jbindgen.lguest.DeviceContract.EVENTFD;
import static io.jbindgen.lguest.DeviceContract.INITIALIZE;
import static io.jbindgen.lguest.DeviceContract.IRQ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jbindgen.posix.libc.Errno;
import io.jbindgen.runtime.sys.ErrnoException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel backend's system calls for real, on files the test makes: the exact bytes each command
 * writes at the vCPU offset, errors reaching the caller typed, and the channel's word checks.
 */
class KernelChannelTest {
    @TempDir
    Path dir;

    private Path file(String name) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, new byte[0]);
        return f;
    }

    @Test
    void i386CommandsAreFourByteLittleEndianWordsAtOffsetZero() throws Exception {
        Path f = file("cmd");
        try (CommandChannel channel = new CommandChannel(KernelDevice.open(f.toString()), TargetWord.I386)) {
            assertThat(channel.send(INITIALIZE, 0x12345000L, 0x1100, 0xC0100000L)).isEqualTo(16);
            assertThat(Files.readAllBytes(f)).containsExactly(
                    0, 0, 0, 0, 0x00, 0x50, 0x34, 0x12, 0x00, 0x11, 0, 0, 0x00, 0x00, 0x10, (byte) 0xC0);
            assertThat(channel.send(IRQ, 31)).isEqualTo(8);
            assertThat(Files.readAllBytes(f)).startsWith(2, 0, 0, 0, 31, 0, 0, 0, 0x00, 0x11);
        }
    }

    @Test
    void theVcpuIsTheFileOffsetAndX8664WordsAreEightBytes() throws Exception {
        Path f = file("cpu2");
        try (CommandChannel channel = new CommandChannel(KernelDevice.open(f.toString()), TargetWord.X86_64, 2)) {
            assertThat(channel.send(EVENTFD, 0xFFFF_FFFF_0000_1000L, 7)).isEqualTo(24);
        }
        assertThat(Files.readAllBytes(f)).containsExactly(0, 0,
                4, 0, 0, 0, 0, 0, 0, 0,
                0x00, 0x10, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
                7, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void runReadsOneWordAtTheVcpuOffset() throws Exception {
        Path f = file("notify");
        Files.write(f, new byte[] {0x78, 0x56, 0x34, 0x12, 9, 9});
        try (CommandChannel channel = new CommandChannel(KernelDevice.open(f.toString()), TargetWord.I386)) {
            assertThat(channel.run()).isEqualTo(new RunResult.Notify(0x12345678));
        }
    }

    @Test
    void devFullReachesTheCallerAsTypedEnospc() throws Exception {
        try (CommandChannel channel = new CommandChannel(KernelDevice.open("/dev/full"), TargetWord.I386)) {
            assertThatThrownBy(() -> channel.send(IRQ, 1))
                    .isInstanceOfSatisfying(ErrnoException.class, e -> assertThat(e.errno()).isEqualTo(Errno.ENOSPC))
                    .hasMessageStartingWith("pwrite on /dev/full (fd ").hasMessageEndingWith(": ENOSPC (errno 28)");
        }
    }

    @Test
    void aClosedDeviceIsEbadf() throws Exception {
        CommandChannel channel = new CommandChannel(KernelDevice.open("/dev/null"), TargetWord.I386);
        channel.close();
        assertThatThrownBy(() -> channel.send(IRQ, 1))
                .isInstanceOfSatisfying(ErrnoException.class, e -> assertThat(e.errno()).isEqualTo(Errno.EBADF))
                .hasMessage("pwrite on /dev/null (closed): EBADF (errno 9)");
    }

    @Test
    void aMissingNodeSaysLguestLeftLinuxAndHowToChooseAnotherBackend() {
        String path = dir.resolve("lguest").toString();
        assertThatThrownBy(() -> KernelDevice.open(path))
                .isInstanceOfSatisfying(ErrnoException.class, e -> {
                    assertThat(e.errno()).isEqualTo(Errno.ENOENT);
                    assertThat(e.subject()).isEqualTo(path);
                })
                .hasMessageStartingWith("open on " + path + ": ENOENT (errno 2). lguest was removed from Linux in 4.14")
                .hasMessageContaining("emulated backend");
    }

    @Test
    void wordsThatDoNotFitAreRefusedBeforeAnySystemCall() throws Exception {
        Path f = file("nothing");
        try (CommandChannel channel = new CommandChannel(KernelDevice.open(f.toString()), TargetWord.I386)) {
            assertThatThrownBy(() -> channel.send(INITIALIZE, 1L << 32, 1, 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("word 1 of request 0: 4294967296 does not fit the 4-byte unsigned long of I386 [0, 4294967295]");
            assertThatThrownBy(() -> channel.send(EVENTFD, 0x1000, -1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("word 2 of request 4: -1 does not fit");
            assertThatThrownBy(() -> channel.send(-1, 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("request code: -1 does not fit");
            assertThatThrownBy(() -> channel.send(0, new long[] {1, 2, 3, 4, 5}))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("request 0: 5 argument words, at most 4");
            assertThat(channel.send(0, new long[] {1, 2, 3, 4})).isEqualTo(20);
        }
        assertThat(Files.size(f)).isEqualTo(20);
    }

    @Test
    void tenThousandKernelOpenInitializeCloseCyclesLeaveNoDescriptor() throws Exception {
        Path f = file("cycles");
        long fds = ProcSelf.descriptors();
        for (int i = 0; i < 10_000; i++) {
            try (CommandChannel channel = new CommandChannel(KernelDevice.open(f.toString()), TargetWord.I386)) {
                channel.send(INITIALIZE, 0x1000, 16, 0);
            }
        }
        assertThat(ProcSelf.descriptors()).isEqualTo(fds);
    }
}
