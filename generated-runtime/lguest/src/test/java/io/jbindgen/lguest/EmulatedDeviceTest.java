package io.jbindgen.lguest;

import static io.jbindgen.lguest.DeviceContract.EVENTFD;
import static io.jbindgen.lguest.DeviceContract.INITIALIZE;
import static io.jbindgen.lguest.DeviceContract.IRQ;
import static io.jbindgen.lguest.DeviceContract.assertErrno;
import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.lguest.emulated.EmulatedDevice;
import io.jbindgen.lguest.emulated.Guest;
import io.jbindgen.lguest.emulated.GuestProgram;
import io.jbindgen.posix.Descriptor;
import io.jbindgen.posix.SysFlags;
import io.jbindgen.posix.Syscalls;
import io.jbindgen.posix.libc.Errno;
import io.jbindgen.runtime.sys.ErrnoException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the emulated device does with what its guest does: notifies, eventfds, death, halt, interrupts. */
class EmulatedDeviceTest {
    private final GuestMemory memory;
    private CommandChannel channel;

    EmulatedDeviceTest() throws ErrnoException {
        memory = GuestMemory.map(1 << 20, 16, TargetWord.I386);
    }

    @AfterEach
    void tearDown() {
        if (channel != null) {
            channel.close();
        }
        memory.close();
    }

    private CommandChannel start(GuestProgram program) throws ErrnoException {
        channel = new CommandChannel(new EmulatedDevice(TargetWord.I386, program), TargetWord.I386);
        assertThat(channel.send(INITIALIZE, memory.base(), memory.pfnLimit(), 0x1000)).isEqualTo(12);
        return channel;
    }

    static void powerOff(Guest g, String message) {
        g.memory().setString(0x800, message, StandardCharsets.US_ASCII);
        g.shutdown(0x800, Guest.SHUTDOWN_POWEROFF);
    }

    static long counter(Descriptor eventfd) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment v = arena.allocate(8);
            try {
                eventfd.read(v, 8);
            } catch (ErrnoException e) {
                if (e.errno() == Errno.EAGAIN) {
                    return 0;
                }
                throw e;
            }
            return v.get(ValueLayout.JAVA_LONG, 0);
        }
    }

    @Test
    void aNotifyWithoutEventfdReturnsItsAddressAsOneLittleEndianWord() throws ErrnoException {
        start(g -> {
            g.notify(0x12345678);
            g.notify(0);
            g.notify(0x2000);
            powerOff(g, "done");
        });
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment word = arena.allocate(4);
            assertThat(channel.device().pread(word, 4, 0)).isEqualTo(4);
            assertThat(word.toArray(ValueLayout.JAVA_BYTE)).containsExactly(0x78, 0x56, 0x34, 0x12);
        }
        assertThat(channel.run()).isEqualTo(new RunResult.Notify(0x2000));
        assertThat(channel.run()).isEqualTo(new RunResult.Died("CRASH: done"));
    }

    @Test
    void aNotifyMatchingAnEventfdSignalsOnlyTheFirstAndDoesNotReturn() throws ErrnoException {
        try (Descriptor first = Descriptor.adopt(Syscalls.eventfd(0, SysFlags.EFD_CLOEXEC | SysFlags.EFD_NONBLOCK), "first");
                Descriptor second = Descriptor.adopt(Syscalls.eventfd(0, SysFlags.EFD_CLOEXEC | SysFlags.EFD_NONBLOCK), "second")) {
            start(g -> {
                g.notify(0x3000);
                g.notify(0x3000);
                g.notify(0x4000);
                g.notify(0x5000);
                powerOff(g, "done");
            });
            assertThat(channel.send(EVENTFD, 0x3000, first.fd())).isZero();
            assertThat(channel.send(EVENTFD, 0x3000, second.fd())).isZero();
            assertThat(channel.send(EVENTFD, 0x4000, second.fd())).isZero();
            assertThat(((EmulatedDevice) channel.device()).eventfdCount()).isEqualTo(3);
            assertThat(channel.run()).isEqualTo(new RunResult.Notify(0x5000));
            assertThat(counter(first)).isEqualTo(2);
            assertThat(counter(second)).isEqualTo(1);
        }
    }

    @Test
    void theDeviceHoldsItsOwnReferenceToAnAttachedEventfd() throws Exception {
        int fd = Syscalls.eventfd(0, SysFlags.EFD_CLOEXEC);
        int watcher = Syscalls.dup(fd, null);
        start(g -> {
            g.notify(0x3000);
            g.notify(0x6000);
            g.halt();
        });
        channel.send(EVENTFD, 0x3000, fd);
        Syscalls.close(fd, null);
        assertThat(channel.run()).isEqualTo(new RunResult.Notify(0x6000));
        try (Descriptor w = Descriptor.adopt(watcher, "watcher")) {
            assertThat(counter(w)).isEqualTo(1);
        }
    }

    @Test
    void theReasonOfADeadGuestIsReadAgainAndAgainAndTruncatedByShortReads() throws ErrnoException {
        start(g -> powerOff(g, "Power down"));
        LguestDevice device = channel.device();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(64);
            assertErrno(() -> device.pread(buf, 64, 0), Errno.ENOENT);
            assertThat(device.pread(buf, 64, 0)).isEqualTo("CRASH: Power down".length() + 1);
            assertThat(buf.getString(0)).isEqualTo("CRASH: Power down");
            buf.fill((byte) 'x');
            assertThat(device.pread(buf, 5, 0)).isEqualTo(5);
            assertThat(buf.get(ValueLayout.JAVA_BYTE, 5)).isEqualTo((byte) 'x');
            assertThat(new String(buf.asSlice(0, 5).toArray(ValueLayout.JAVA_BYTE), StandardCharsets.US_ASCII))
                    .isEqualTo("CRASH");
            assertThat(device.pread(buf, 0, 0)).isZero();
            assertErrno(() -> device.pread(arena.allocate(4), 64, 0), Errno.EFAULT);
        }
        assertErrno(() -> channel.send(IRQ, 1), Errno.ENOENT);
        assertErrno(() -> channel.send(EVENTFD, 0, 0), Errno.ENOENT);
        assertErrno(() -> channel.send(99), Errno.ENOENT);
        assertErrno(() -> channel.send(INITIALIZE, 1, 2, 3), Errno.EBUSY);
    }

    @Test
    void aChannelThatSawTheDeathReportsItAgainInsteadOfReadingTheReasonAsANotify() throws ErrnoException {
        start(g -> powerOff(g, "Power down"));
        assertThat(channel.run()).isEqualTo(new RunResult.Died("CRASH: Power down"));
        assertThat(channel.run()).isEqualTo(new RunResult.Died("CRASH: Power down"));
    }

    @Test
    void aRestartIsEreStartEveryTime() throws ErrnoException {
        start(g -> {
            g.memory().setString(0x800, "reboot", StandardCharsets.US_ASCII);
            g.shutdown(0x800, Guest.SHUTDOWN_RESTART);
        });
        assertThat(channel.run()).isEqualTo(new RunResult.Restart());
        assertThat(channel.run()).isEqualTo(new RunResult.Restart());
        assertErrno(() -> channel.send(IRQ, 1), Errno.ENOENT);
    }

    @Test
    void theGuestDiesOfItsFirstReason() throws ErrnoException {
        start(g -> {
            g.shutdown(memory.pfnLimit() * 4096 - 100, Guest.SHUTDOWN_POWEROFF);
        });
        assertThat(channel.run()).isEqualTo(new RunResult.Died("bad read address 0xfff9c len 128"));
    }

    @Test
    void aGuestProgramThatReturnsOrThrowsDies() throws ErrnoException {
        start(g -> {
        });
        assertThat(channel.run()).isEqualTo(new RunResult.Died("guest program returned without shutting down"));
        channel.close();
        start(g -> g.memory().get(ValueLayout.JAVA_BYTE, memory.pfnLimit() * 4096));
        assertThat(channel.run()).isInstanceOfSatisfying(RunResult.Died.class,
                d -> assertThat(d.reason()).startsWith("guest program failed: java.lang.IndexOutOfBoundsException"));
    }

    @Test
    void aGuestWhoseBaseIsNoMappingDies() throws ErrnoException {
        channel = new CommandChannel(new EmulatedDevice(TargetWord.I386, g -> powerOff(g, "x")), TargetWord.I386);
        channel.send(INITIALIZE, 0x1000, 16, 0);
        assertThat(channel.run()).isEqualTo(new RunResult.Died("bad guest memory: no launcher mapping holds base 0x1000 + 0x10000 bytes"));
    }

    @Test
    void haltWaitsForAnInterruptAndDeliversTheLowestPending() throws Exception {
        start(g -> {
            while (true) {
                int irq = g.halt();
                g.notify(0x100 + irq);
            }
        });
        channel.send(IRQ, 7);
        channel.send(IRQ, 5);
        assertThat(channel.run()).isEqualTo(new RunResult.Notify(0x105));
        assertThat(channel.run()).isEqualTo(new RunResult.Notify(0x107));
        CompletableFuture<RunResult> running = new CompletableFuture<>();
        Thread owner = Thread.currentThread();
        Thread.ofPlatform().start(() -> {
            try {
                Thread.sleep(200);
                running.complete(null);
                channel.send(IRQ, 9);
            } catch (Exception e) {
                running.completeExceptionally(e);
            }
        });
        assertThat(channel.run()).isEqualTo(new RunResult.Notify(0x109));
        assertThat(running).isDone();
        assertThat(owner).isSameAs(Thread.currentThread());
    }

    @Test
    void anInterruptedRunReturnsInterruptedAndTheGuestResumesLater() throws Exception {
        start(g -> {
            g.halt();
            g.notify(0x777);
            powerOff(g, "after");
        });
        Thread self = Thread.currentThread();
        Thread.ofPlatform().start(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
            self.interrupt();
        });
        assertThat(channel.run()).isEqualTo(new RunResult.Interrupted());
        assertThat(Thread.interrupted()).isFalse();
        channel.send(IRQ, 1);
        assertThat(channel.run()).isEqualTo(new RunResult.Notify(0x777));
        assertThat(channel.run()).isEqualTo(new RunResult.Died("CRASH: after"));
    }
}
