package io.jbindgen.benchmarks;

import io.jbindgen.lguest.CommandChannel;
import io.jbindgen.lguest.GuestMemory;
import io.jbindgen.lguest.KernelDevice;
import io.jbindgen.lguest.RunResult;
import io.jbindgen.lguest.TargetWord;
import io.jbindgen.lguest.abi.LguestReqCommands;
import io.jbindgen.lguest.emulated.EmulatedDevice;
import io.jbindgen.posix.Descriptor;
import io.jbindgen.posix.SysFlags;
import io.jbindgen.posix.Syscalls;
import io.jbindgen.runtime.sys.ErrnoException;
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
 * Commands through the lguest runtime: one LHREQ_IRQ through the generated {@link LguestReqCommands#irq}
 * method, {@link CommandChannel} and the kernel backend on {@code /dev/null}, against the same
 * {@code pwrite} from a C loop in the same run ({@link #irqFromC}, {@code resources/c/pwrite_irq_loop.c}),
 * and notifies through the emulated device's eventfd path.
 */
@Fork(jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class CommandBenchmark {
    private static final long KICK = 0x3000;
    private static final long BATCH_END = 0x9000;
    private static final int BATCH = 1000;

    /** The generated commands over a channel on /dev/null. */
    @State(Scope.Thread)
    public static class DevNull {
        CommandChannel channel;
        LguestReqCommands commands;

        @Setup(Level.Trial)
        public void open() throws ErrnoException {
            channel = new CommandChannel(KernelDevice.open("/dev/null"), TargetWord.I386);
            commands = new LguestReqCommands(channel);
        }

        @TearDown(Level.Trial)
        public void close() {
            channel.close();
        }
    }

    /** The same command from C: a gcc-compiled loop over the same kind of descriptor. */
    @State(Scope.Thread)
    public static class DevNullFromC {
        Descriptor device;
        NativeLoop loop;

        @Setup(Level.Trial)
        public void open() throws ErrnoException {
            device = Descriptor.open("/dev/null", SysFlags.O_RDWR);
            loop = NativeLoop.compile("pwrite_irq_loop", "jbindgen_pwrite_irq_loop");
        }

        @TearDown(Level.Trial)
        public void close() throws java.io.IOException {
            loop.close();
            device.close();
        }
    }

    /** An emulated guest that notifies an eventfd-backed address {@value #BATCH} times per run. */
    @State(Scope.Thread)
    public static class Emulated {
        GuestMemory memory;
        CommandChannel channel;
        int eventfd;

        @Setup(Level.Trial)
        public void start() throws ErrnoException {
            memory = GuestMemory.map(1 << 20, 4, TargetWord.I386);
            channel = new CommandChannel(new EmulatedDevice(TargetWord.I386, g -> {
                while (true) {
                    for (int i = 0; i < BATCH; i++) {
                        g.notify(KICK);
                    }
                    g.notify(BATCH_END);
                }
            }), TargetWord.I386);
            LguestReqCommands commands = new LguestReqCommands(channel);
            commands.initialize(memory.base(), memory.pfnLimit(), 0);
            eventfd = Syscalls.eventfd(0, SysFlags.EFD_CLOEXEC);
            commands.eventfd(KICK, eventfd);
        }

        @TearDown(Level.Trial)
        public void stop() throws ErrnoException {
            channel.close();
            Syscalls.close(eventfd, null);
            memory.close();
        }
    }

    /** {@return the device's result} @param s the channel */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public long irqOnDevNull(DevNull s) throws ErrnoException {
        return s.commands.irq(5);
    }

    /**
     * {@return 0} The C baseline of {@link #irqOnDevNull}: {@value #BATCH} commands per downcall, so
     * the one FFM transition per batch is noise. @param s the C loop
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @OperationsPerInvocation(BATCH)
    public long irqFromC(DevNullFromC s) throws Throwable {
        return s.loop.run(s.device.fd(), BATCH);
    }

    /** {@return the run's result} @param s the guest */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    public RunResult eventfdNotifies(Emulated s) throws ErrnoException {
        RunResult r = s.channel.run();
        if (!(r instanceof RunResult.Notify(long address)) || address != BATCH_END) {
            throw new IllegalStateException("unexpected " + r);
        }
        return r;
    }
}
