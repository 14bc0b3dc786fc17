package io.jbindgen.benchmarks;

import io.jbindgen.lguest.CommandChannel;
import io.jbindgen.lguest.GuestMemory;
import io.jbindgen.lguest.RunResult;
import io.jbindgen.lguest.TargetWord;
import io.jbindgen.lguest.abi.LguestReqCommands;
import io.jbindgen.lguest.kvm.KvmDevice;
import io.jbindgen.posix.SysFlags;
import io.jbindgen.posix.Syscalls;
import io.jbindgen.runtime.sys.ErrnoException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The KVM backend with real x86-64 guests: the round trip of a notify that returns to the launcher
 * ({@code KVM_RUN} exit, {@link CommandChannel#run()} in Java, {@code KVM_RUN} again; compare with
 * {@code src/main/c/kvm_notify.c}, the same loop from C), and notifies signalled in the kernel through an
 * attached eventfd ({@code KVM_IOEVENTFD}) without leaving {@code KVM_RUN}. Needs {@code /dev/kvm}.
 */
@Fork(jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class KvmBenchmark {
    private static final long CODE = 0x1000;
    private static final long NOTIFY = 0x1000;
    private static final long KICK = 0x3000;
    private static final int BATCH = 1000;

    /*
     * mov $0x510, %dx; mov $0x1000, %eax; 1: out %eax, %dx; jmp 1b
     * (KvmDevice.NOTIFY_PORT; the same guest as kvm_notify.c)
     */
    private static final byte[] NOTIFY_LOOP = {0x66, (byte) 0xBA, 0x10, 0x05, (byte) 0xB8, 0x00, 0x10, 0x00, 0x00,
        (byte) 0xEF, (byte) 0xEB, (byte) 0xFD};

    /*
     * mov $0x510, %dx
     * 1: mov $1000, %ecx; mov $0x3000, %eax
     * 2: out %eax, %dx; loop 2b        (1000 notifies of the eventfd's address)
     *    mov $0x1000, %eax; out %eax, %dx; jmp 1b    (one notify back to the launcher)
     */
    private static final byte[] EVENTFD_LOOP = {0x66, (byte) 0xBA, 0x10, 0x05,
        (byte) 0xB9, (byte) 0xE8, 0x03, 0x00, 0x00, (byte) 0xB8, 0x00, 0x30, 0x00, 0x00,
        (byte) 0xEF, (byte) 0xE2, (byte) 0xFD,
        (byte) 0xB8, 0x00, 0x10, 0x00, 0x00, (byte) 0xEF, (byte) 0xEB, (byte) 0xEB};

    /** A KVM guest running one of the loops. */
    abstract static class Guest {
        GuestMemory memory;
        CommandChannel channel;
        LguestReqCommands commands;

        void boot(byte[] code) throws ErrnoException {
            memory = GuestMemory.map(1 << 20, 4, TargetWord.I386);
            MemorySegment.copy(code, 0, memory.segment(), ValueLayout.JAVA_BYTE, CODE, code.length);
            channel = new CommandChannel(KvmDevice.open(TargetWord.I386), TargetWord.I386);
            commands = new LguestReqCommands(channel);
            commands.initialize(memory.base(), memory.pfnLimit(), CODE);
        }

        void close() {
            channel.close();
            memory.close();
        }
    }

    /** A guest that notifies {@value #NOTIFY} in a loop. */
    @State(Scope.Thread)
    public static class Notifying extends Guest {
        @Setup(Level.Trial)
        public void start() throws ErrnoException {
            boot(NOTIFY_LOOP);
        }

        @TearDown(Level.Trial)
        public void stop() {
            close();
        }
    }

    /** A guest that notifies an eventfd-backed address {@value #BATCH} times per return to the launcher. */
    @State(Scope.Thread)
    public static class Kicking extends Guest {
        int eventfd;

        @Setup(Level.Trial)
        public void start() throws ErrnoException {
            boot(EVENTFD_LOOP);
            eventfd = Syscalls.eventfd(0, SysFlags.EFD_CLOEXEC);
            commands.eventfd(KICK, eventfd);
        }

        @TearDown(Level.Trial)
        public void stop() throws ErrnoException {
            close();
            Syscalls.close(eventfd, "eventfd");
        }
    }

    /**
     * One notify round trip: {@code KVM_RUN} until the guest's {@code out}, back in Java with the address.
     *
     * @param guest the guest
     * @return the run's result
     * @throws ErrnoException never, for a healthy guest
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public RunResult notifyRoundTrip(Notifying guest) throws ErrnoException {
        return guest.channel.run();
    }

    /**
     * Notifies delivered in the kernel to an eventfd ({@value #BATCH} per invocation, plus one return to
     * the launcher).
     *
     * @param guest the guest
     * @return the run's result
     * @throws ErrnoException never, for a healthy guest
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    public RunResult eventfdNotifies(Kicking guest) throws ErrnoException {
        return guest.channel.run();
    }
}
