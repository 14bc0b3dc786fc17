package io.jbindgen.lguest;

import static io.jbindgen.lguest.DeviceContract.EVENTFD;
import static io.jbindgen.lguest.DeviceContract.INITIALIZE;
import static io.jbindgen.lguest.DeviceContract.IRQ;
import static io.jbindgen.lguest.DeviceContract.assertErrno;
import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.lguest.emulated.EmulatedDevice;
import io.jbindgen.lguest.emulated.Guest;
import io.jbindgen.posix.SysFlags;
import io.jbindgen.posix.Syscalls;
import io.jbindgen.posix.libc.Errno;
import io.jbindgen.runtime.sys.ErrnoException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** IRQs from many threads while another runs the guest; close while it runs; open/close cycles. */
class ConcurrencyTest {

    @Test
    void irqsFromEightThreadsReachTheGuestThatAnotherThreadRuns() throws Exception {
        try (GuestMemory memory = GuestMemory.map(1 << 20, 16, TargetWord.I386)) {
            int[] seen = new int[32];
            EmulatedDevice device = new EmulatedDevice(TargetWord.I386, g -> {
                int distinct = 0;
                while (distinct < 8) {
                    int irq = g.halt();
                    if (seen[irq]++ == 0) {
                        distinct++;
                    }
                }
                g.memory().setString(0x800, "all 8 seen", StandardCharsets.US_ASCII);
                g.shutdown(0x800, Guest.SHUTDOWN_POWEROFF);
            });
            try (CommandChannel channel = new CommandChannel(device, TargetWord.I386)) {
                CountDownLatch initialized = new CountDownLatch(1);
                CompletableFuture<RunResult> run = new CompletableFuture<>();
                Thread.ofPlatform().start(() -> {
                    try {
                        channel.send(INITIALIZE, memory.base(), memory.pfnLimit(), 0);
                        initialized.countDown();
                        RunResult r;
                        do {
                            r = channel.run();
                        } while (!(r instanceof RunResult.Died));
                        run.complete(r);
                    } catch (Throwable t) {
                        run.completeExceptionally(t);
                    }
                });
                initialized.await();
                List<CompletableFuture<int[]>> senders = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    int irq = 1 + t;
                    senders.add(CompletableFuture.supplyAsync(() -> sendUntilDead(channel, irq),
                            r -> Thread.ofPlatform().start(r)));
                }
                assertThat(run.get(30, TimeUnit.SECONDS)).isEqualTo(new RunResult.Died("CRASH: all 8 seen"));
                for (CompletableFuture<int[]> s : senders) {
                    int[] r = s.get(30, TimeUnit.SECONDS);
                    assertThat(r[0]).as("IRQs accepted (0 returned)").isPositive();
                    assertThat(r[1]).as("the errno once the guest died").isEqualTo(Errno.ENOENT);
                }
                for (int irq = 1; irq <= 8; irq++) {
                    assertThat(seen[irq]).isPositive();
                }
            }
        }
    }

    private static int[] sendUntilDead(CommandChannel channel, int irq) {
        int accepted = 0;
        while (true) {
            try {
                assertThat(channel.send(IRQ, irq)).isZero();
                accepted++;
            } catch (ErrnoException e) {
                return new int[] {accepted, e.errno()};
            }
        }
    }

    @Test
    void closeWhileRunningFailsNewCallsAndReleasesEverythingWhenTheRunReturns() throws Exception {
        try (GuestMemory memory = GuestMemory.map(1 << 20, 16, TargetWord.I386)) {
            long fdsBefore = ProcSelf.descriptors();
            EmulatedDevice device = new EmulatedDevice(TargetWord.I386, g -> {
                while (true) {
                    g.halt();
                }
            });
            CommandChannel channel = new CommandChannel(device, TargetWord.I386);
            CountDownLatch ready = new CountDownLatch(1);
            AtomicInteger eventfd = new AtomicInteger();
            CompletableFuture<List<Object>> runs = new CompletableFuture<>();
            Thread owner = Thread.ofPlatform().start(() -> {
                List<Object> results = new ArrayList<>();
                try {
                    channel.send(INITIALIZE, memory.base(), memory.pfnLimit(), 0);
                    int fd = Syscalls.eventfd(0, SysFlags.EFD_CLOEXEC);
                    eventfd.set(fd);
                    channel.send(EVENTFD, 0x3000, fd);
                    Syscalls.close(fd, null);
                    ready.countDown();
                    results.add(channel.run());
                    try {
                        channel.run();
                    } catch (ErrnoException e) {
                        results.add(e.errnoName());
                    }
                    runs.complete(results);
                } catch (Throwable t) {
                    runs.completeExceptionally(t);
                }
            });
            ready.await();
            Thread.sleep(200);
            Path held = Path.of("/proc/self/fd");
            assertThat(ProcSelf.descriptors()).isEqualTo(fdsBefore + 1);
            channel.close();
            assertErrno(() -> channel.send(IRQ, 1), Errno.EBADF);
            assertThat(ProcSelf.descriptors()).as("the eventfd reference lives while the run is in flight")
                    .isEqualTo(fdsBefore + 1);
            owner.interrupt();
            assertThat(runs.get(10, TimeUnit.SECONDS)).containsExactly(new RunResult.Interrupted(), "EBADF");
            assertThat(ProcSelf.descriptors()).isEqualTo(fdsBefore);
            assertThat(Files.isDirectory(held)).isTrue();
        }
    }

    @Test
    void tenThousandOpenInitializeCloseCyclesLeaveNoDescriptorOrMapping() throws Exception {
        final int jvmSlack = 8;
        cycle();
        long fds = ProcSelf.descriptors();
        long maps = ProcSelf.mappings();
        for (int i = 0; i < 10_000; i++) {
            cycle();
        }
        assertThat(ProcSelf.descriptors()).isEqualTo(fds);
        // A leak would leave thousands of mappings; the JVM itself may add a few meanwhile (a compiler
        // thread's stack, code cache), more so on a loaded machine.
        assertThat(ProcSelf.mappings()).isLessThanOrEqualTo(maps + jvmSlack);
    }

    private static void cycle() throws ErrnoException {
        try (GuestMemory memory = GuestMemory.map(64 << 10, 8, TargetWord.I386);
                CommandChannel channel = new CommandChannel(new EmulatedDevice(TargetWord.I386, g -> g.halt()),
                        TargetWord.I386)) {
            new DevicePage(memory).add(3, new int[] {16, 16}, new byte[4], new byte[0]);
            assertThat(channel.send(INITIALIZE, memory.base(), memory.pfnLimit(), 0)).isEqualTo(12);
            int fd = Syscalls.eventfd(0, SysFlags.EFD_CLOEXEC);
            try {
                assertThat(channel.send(EVENTFD, 0x3000, fd)).isZero();
            } finally {
                Syscalls.close(fd, null);
            }
            assertThat(channel.send(IRQ, 1)).isZero();
        }
    }
}
