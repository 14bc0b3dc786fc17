package io.jbindgen.benchmarks;

import io.jbindgen.benchmarks.libc.UnistdFunctions;
import io.jbindgen.posix.SysFlags;
import io.jbindgen.posix.Syscalls;
import io.jbindgen.runtime.sys.ErrnoException;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Generated downcalls (unistd.h bound by the jbindgen plugin at build time, see the POM) against
 * hand-written {@code downcallHandle} code for the same function: {@code getpid}, and {@code pwrite}
 * of 8 bytes to a temporary file with {@code errno} captured (the generated method throws
 * {@code ErrnoException} on -1; the hand-written one does the same with the same per-thread capture
 * segment); and the runtime's own {@code Syscalls.pwrite} (jbindgen-posix: the same generated binding,
 * from glibc's headers, under the layer that names the descriptor in its exceptions). {@code ioctl}
 * ({@code FIONREAD} on the file) is variadic: the generated invoker takes its variadic argument boxed.
 */
@Fork(jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@SuppressWarnings("restricted")
public class FunctionCallBenchmark {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final MethodHandle GETPID = LINKER.downcallHandle(
            LINKER.defaultLookup().find("getpid").orElseThrow(), FunctionDescriptor.of(ValueLayout.JAVA_INT));
    private static final MethodHandle PWRITE = LINKER.downcallHandle(LINKER.defaultLookup().find("pwrite").orElseThrow(),
            FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
                    ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG),
            Linker.Option.captureCallState("errno"));
    private static final MethodHandle IOCTL = LINKER.downcallHandle(LINKER.defaultLookup().find("ioctl").orElseThrow(),
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG,
                    ValueLayout.ADDRESS),
            Linker.Option.firstVariadicArg(2), Linker.Option.captureCallState("errno"));
    /** {@code FIONREAD}: the bytes left to read, an {@code int} the kernel writes. */
    private static final long FIONREAD = 0x541B;
    private static final StructLayout STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final ThreadLocal<MemorySegment> CAPTURE =
            ThreadLocal.withInitial(() -> Arena.ofAuto().allocate(STATE));

    /** A temporary file open for writing and an 8-byte buffer. */
    @State(Scope.Thread)
    public static class File {
        Path path;
        int fd;
        MemorySegment buffer;
        MemorySegment count;
        Arena arena;

        @Setup(Level.Trial)
        public void open() throws IOException {
            path = Files.createTempFile("jbindgen-bench", ".bin");
            fd = Syscalls.open(path.toString(), SysFlags.O_RDWR, 0600);
            arena = Arena.ofConfined();
            buffer = arena.allocate(ValueLayout.JAVA_LONG);
            buffer.set(ValueLayout.JAVA_LONG, 0, 0x0123456789ABCDEFL);
            count = arena.allocate(ValueLayout.JAVA_INT);
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            Syscalls.close(fd, path.toString());
            arena.close();
            Files.deleteIfExists(path);
        }
    }

    @Benchmark
    public int getpidGenerated() {
        return UnistdFunctions.getpid();
    }

    @Benchmark
    public int getpidHandWritten() throws Throwable {
        return (int) GETPID.invokeExact();
    }

    @Benchmark
    public long pwriteGenerated(File f) throws ErrnoException {
        return UnistdFunctions.pwrite(f.fd, f.buffer, 8, 0);
    }

    @Benchmark
    public long pwriteSyscallLayer(File f) throws ErrnoException {
        return Syscalls.pwrite(f.fd, f.buffer, 8, 0, null);
    }

    @Benchmark
    public long pwriteHandWritten(File f) throws Throwable {
        MemorySegment state = CAPTURE.get();
        long r = (long) PWRITE.invokeExact(state, f.fd, f.buffer, 8L, 0L);
        if (r == -1) {
            throw new ErrnoException("pwrite", (int) ERRNO.get(state, 0L), "fd " + f.fd);
        }
        return r;
    }

    @Benchmark
    public int ioctlSyscallLayer(File f) throws ErrnoException {
        return Syscalls.ioctl(f.fd, FIONREAD, f.count, null);
    }

    @Benchmark
    public int ioctlHandWritten(File f) throws Throwable {
        MemorySegment state = CAPTURE.get();
        int r = (int) IOCTL.invokeExact(state, f.fd, FIONREAD, f.count);
        if (r == -1) {
            throw new ErrnoException("ioctl", (int) ERRNO.get(state, 0L), "fd " + f.fd);
        }
        return r;
    }
}
