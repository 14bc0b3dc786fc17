package io.jbindgen.benchmarks;

import io.jbindgen.posix.Descriptor;
import io.jbindgen.posix.SysFlags;
import io.jbindgen.runtime.sys.ErrnoException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Where the cost of one IRQ command over the C baseline goes: the command's 8-byte {@code pwrite} on
 * {@code /dev/null} as bare downcalls, with nothing of the runtime around them: plain, with {@code errno}
 * captured into a segment of an automatic arena (what the runtime does), into one of a shared arena (whose
 * every use as an argument costs two atomic operations), and as a critical downcall with capture (the
 * runtime's path for IRQ). Compare with {@code CommandBenchmark.irqFromC} and {@code irqOnDevNull} in the
 * same run.
 */
@Fork(jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@SuppressWarnings("restricted")
public class PwriteOverheadBenchmark {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final MemorySegment PWRITE = LINKER.defaultLookup().findOrThrow("pwrite");
    private static final FunctionDescriptor PWRITE_TYPE = FunctionDescriptor.of(ValueLayout.JAVA_LONG,
            ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);
    private static final MethodHandle PLAIN = LINKER.downcallHandle(PWRITE, PWRITE_TYPE);
    private static final MethodHandle CAPTURE = LINKER.downcallHandle(PWRITE, PWRITE_TYPE,
            Linker.Option.captureCallState("errno"));
    private static final MethodHandle CRITICAL = LINKER.downcallHandle(PWRITE, PWRITE_TYPE,
            Linker.Option.captureCallState("errno"), Linker.Option.critical(false));
    private static final StructLayout STATE = Linker.Option.captureStateLayout();

    /** {@code /dev/null} open for writing, the command's two words, and capture segments. */
    @State(Scope.Thread)
    public static class DevNull {
        Descriptor devNull;
        int fd;
        Arena shared;
        MemorySegment command;
        MemorySegment autoState;
        MemorySegment sharedState;

        @Setup(Level.Trial)
        public void open() throws ErrnoException {
            devNull = Descriptor.open("/dev/null", SysFlags.O_RDWR);
            fd = devNull.fd();
            shared = Arena.ofShared();
            command = Arena.ofAuto().allocate(8, 4);
            command.set(ValueLayout.JAVA_INT, 0, 2);
            command.set(ValueLayout.JAVA_INT, 4, 5);
            autoState = Arena.ofAuto().allocate(STATE);
            sharedState = shared.allocate(STATE);
        }

        @TearDown(Level.Trial)
        public void close() {
            devNull.close();
            shared.close();
        }
    }

    /** {@return pwrite's result} @param s the descriptor */
    @Benchmark
    public long plain(DevNull s) throws Throwable {
        return (long) PLAIN.invokeExact(s.fd, s.command, 8L, 0L);
    }

    /** {@return pwrite's result} @param s the descriptor */
    @Benchmark
    public long captureAutoArena(DevNull s) throws Throwable {
        return (long) CAPTURE.invokeExact(s.autoState, s.fd, s.command, 8L, 0L);
    }

    /** {@return pwrite's result} @param s the descriptor */
    @Benchmark
    public long captureSharedArena(DevNull s) throws Throwable {
        return (long) CAPTURE.invokeExact(s.sharedState, s.fd, s.command, 8L, 0L);
    }

    /** {@return pwrite's result} @param s the descriptor */
    @Benchmark
    public long criticalCapture(DevNull s) throws Throwable {
        return (long) CRITICAL.invokeExact(s.autoState, s.fd, s.command, 8L, 0L);
    }
}
