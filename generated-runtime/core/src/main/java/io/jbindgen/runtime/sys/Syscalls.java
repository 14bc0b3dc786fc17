package io.jbindgen.runtime.sys;

import io.jbindgen.runtime.NativeCalls;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The hand-written downcalls of the system-call layer (libc wrappers on a 64-bit Linux host), each
 * with {@code errno} captured by {@link Linker.Option#captureCallState}; a failed call throws an
 * {@link ErrnoException} naming the call, the errno and the subject. A later pass replaces these
 * handles by generated ones; they are kept in this one class for that reason. Interrupted calls
 * ({@code EINTR}) are reported, not retried.
 */
public final class Syscalls {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();

    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG;
    private static final ValueLayout PTR = ValueLayout.ADDRESS;

    private static final MethodHandle OPEN = handle("open", FunctionDescriptor.of(INT, PTR, INT, INT), 2);
    private static final MethodHandle CLOSE = handle("close", FunctionDescriptor.of(INT, INT), -1);
    private static final MethodHandle READ = handle("read", FunctionDescriptor.of(LONG, INT, PTR, LONG), -1);
    private static final MethodHandle WRITE = handle("write", FunctionDescriptor.of(LONG, INT, PTR, LONG), -1);
    private static final MethodHandle PREAD =
            handle("pread", FunctionDescriptor.of(LONG, INT, PTR, LONG, LONG), -1);
    private static final MethodHandle PWRITE =
            handle("pwrite", FunctionDescriptor.of(LONG, INT, PTR, LONG, LONG), -1);
    private static final MethodHandle PWRITE_CRITICAL = LINKER.downcallHandle(
            LIBC.find("pwrite").orElseThrow(() -> new UnsatisfiedLinkError("libc has no pwrite")),
            FunctionDescriptor.of(LONG, INT, PTR, LONG, LONG), Linker.Option.captureCallState("errno"),
            Linker.Option.critical(false));
    private static final MethodHandle IOCTL_PTR = handle("ioctl", FunctionDescriptor.of(INT, INT, LONG, PTR), 2);
    private static final MethodHandle IOCTL_LONG =
            handle("ioctl", FunctionDescriptor.of(INT, INT, LONG, LONG), 2);
    private static final MethodHandle FCNTL = handle("fcntl", FunctionDescriptor.of(INT, INT, INT, INT), 2);
    private static final MethodHandle MMAP =
            handle("mmap", FunctionDescriptor.of(PTR, PTR, LONG, INT, INT, INT, LONG), -1);
    private static final MethodHandle MUNMAP = handle("munmap", FunctionDescriptor.of(INT, PTR, LONG), -1);
    private static final MethodHandle MPROTECT =
            handle("mprotect", FunctionDescriptor.of(INT, PTR, LONG, INT), -1);
    private static final MethodHandle EVENTFD = handle("eventfd", FunctionDescriptor.of(INT, INT, INT), -1);
    private static final MethodHandle POLL = handle("poll", FunctionDescriptor.of(INT, PTR, LONG, INT), -1);
    private static final MethodHandle GETTID = handle("gettid", FunctionDescriptor.of(INT), -1);
    private static final MethodHandle TGKILL = handle("tgkill", FunctionDescriptor.of(INT, INT, INT, INT), -1);

    private Syscalls() {
    }

    private static MethodHandle handle(String name, FunctionDescriptor fd, int firstVariadic) {
        MemorySegment symbol = LIBC.find(name).orElseThrow(() -> new UnsatisfiedLinkError("libc has no " + name));
        Linker.Option errno = Linker.Option.captureCallState("errno");
        return firstVariadic < 0 ? LINKER.downcallHandle(symbol, fd, errno)
                : LINKER.downcallHandle(symbol, fd, errno, Linker.Option.firstVariadicArg(firstVariadic));
    }

    private static MemorySegment state() {
        return ErrnoCapture.state();
    }

    private static ErrnoException failure(String call, MemorySegment state, int fd, String name) {
        return failure(call, state, name == null ? "fd " + fd : name + " (fd " + fd + ")");
    }

    private static ErrnoException failure(String call, MemorySegment state, String subject) {
        return new ErrnoException(call, ErrnoCapture.errno(state), subject);
    }

    private static RuntimeException unexpected(Throwable t) {
        return NativeCalls.unexpected(t);
    }


    /**
     * {@code open(2)}.
     *
     * @param path the path
     * @param flags {@code O_*} flags ({@link SysFlags})
     * @param mode permission bits for a created file
     * @return the new descriptor
     * @throws ErrnoException naming the path when the call fails
     */
    public static int open(String path, int flags, int mode) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = state();
            int fd = (int) OPEN.invokeExact(state, arena.allocateFrom(path), flags, mode);
            if (fd < 0) {
                throw failure("open", state, path);
            }
            return fd;
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /**
     * {@code close(2)}.
     *
     * @param fd the descriptor
     * @param name what it was opened on, for the message, or {@code null}
     * @throws ErrnoException when the call fails ({@code EBADF} for a closed descriptor)
     */
    public static void close(int fd, String name) throws ErrnoException {
        int r;
        MemorySegment state = state();
        try {
            r = (int) CLOSE.invokeExact(state, fd);
        } catch (Throwable t) {
            throw unexpected(t);
        }
        if (r < 0) {
            throw failure("close", state, fd, name);
        }
    }

    /**
     * {@code read(2)} into the start of {@code buffer}.
     *
     * @param fd the descriptor
     * @param buffer where the bytes go
     * @param count how many bytes at most; at most {@code buffer.byteSize()}
     * @param name what the descriptor is, for the message, or {@code null}
     * @return the number of bytes read
     * @throws ErrnoException when the call fails
     */
    public static long read(int fd, MemorySegment buffer, long count, String name) throws ErrnoException {
        checkCount(buffer, count);
        long r;
        MemorySegment state = state();
        try {
            r = (long) READ.invokeExact(state, fd, buffer, count);
        } catch (Throwable t) {
            throw unexpected(t);
        }
        if (r < 0) {
            throw failure("read", state, fd, name);
        }
        return r;
    }

    /**
     * {@code write(2)} from the start of {@code buffer}.
     *
     * @param fd the descriptor
     * @param buffer the bytes
     * @param count how many bytes; at most {@code buffer.byteSize()}
     * @param name what the descriptor is, for the message, or {@code null}
     * @return the number of bytes written
     * @throws ErrnoException when the call fails
     */
    public static long write(int fd, MemorySegment buffer, long count, String name) throws ErrnoException {
        checkCount(buffer, count);
        long r;
        MemorySegment state = state();
        try {
            r = (long) WRITE.invokeExact(state, fd, buffer, count);
        } catch (Throwable t) {
            throw unexpected(t);
        }
        if (r < 0) {
            throw failure("write", state, fd, name);
        }
        return r;
    }

    /**
     * {@code pread(2)}: reads at a file offset without moving the file position.
     *
     * @param fd the descriptor
     * @param buffer where the bytes go
     * @param count how many bytes at most; at most {@code buffer.byteSize()}
     * @param offset the file offset
     * @param name what the descriptor is, for the message, or {@code null}
     * @return the number of bytes read (for a device: what its read method returned)
     * @throws ErrnoException when the call fails
     */
    public static long pread(int fd, MemorySegment buffer, long count, long offset, String name)
            throws ErrnoException {
        checkCount(buffer, count);
        long r;
        MemorySegment state = state();
        try {
            r = (long) PREAD.invokeExact(state, fd, buffer, count, offset);
        } catch (Throwable t) {
            throw unexpected(t);
        }
        if (r < 0) {
            throw failure("pread", state, fd, name);
        }
        return r;
    }

    /**
     * {@code pwrite(2)}: writes at a file offset without moving the file position.
     *
     * @param fd the descriptor
     * @param buffer the bytes
     * @param count how many bytes; at most {@code buffer.byteSize()}
     * @param offset the file offset
     * @param name what the descriptor is, for the message, or {@code null}
     * @return what the call returned (for a device: its write method's result)
     * @throws ErrnoException when the call fails
     */
    public static long pwrite(int fd, MemorySegment buffer, long count, long offset, String name)
            throws ErrnoException {
        checkCount(buffer, count);
        long r;
        MemorySegment state = state();
        try {
            r = (long) PWRITE.invokeExact(state, fd, buffer, count, offset);
        } catch (Throwable t) {
            throw unexpected(t);
        }
        if (r < 0) {
            throw failure("pwrite", state, fd, name);
        }
        return r;
    }

    /**
     * {@link #pwrite} as a critical downcall ({@code Linker.Option.critical(false)}), which skips the JVM's
     * thread-state transitions: only for a write the file answers at once, without sleeping (a device
     * request that just marks something pending), never for one that may block.
     *
     * @param fd the descriptor
     * @param buffer the bytes
     * @param count how many bytes; at most {@code buffer.byteSize()}
     * @param offset the file offset
     * @param name what the descriptor is, for the message, or {@code null}
     * @return what the call returned
     * @throws ErrnoException when the call fails
     */
    public static long pwriteQuick(int fd, MemorySegment buffer, long count, long offset, String name)
            throws ErrnoException {
        checkCount(buffer, count);
        long r;
        MemorySegment state = state();
        try {
            r = (long) PWRITE_CRITICAL.invokeExact(state, fd, buffer, count, offset);
        } catch (Throwable t) {
            throw unexpected(t);
        }
        if (r < 0) {
            throw failure("pwrite", state, fd, name);
        }
        return r;
    }

    /**
     * {@code ioctl(2)} with a pointer argument.
     *
     * @param fd the descriptor
     * @param request the request number
     * @param argument the memory the request reads or writes ({@link MemorySegment#NULL} for none)
     * @param name what the descriptor is, for the message, or {@code null}
     * @return the call's non-negative result
     * @throws ErrnoException when the call fails
     */
    public static int ioctl(int fd, long request, MemorySegment argument, String name) throws ErrnoException {
        int r;
        MemorySegment state = state();
        try {
            r = (int) IOCTL_PTR.invokeExact(state, fd, request, argument);
        } catch (Throwable t) {
            throw unexpected(t);
        }
        if (r < 0) {
            throw failure("ioctl 0x" + Long.toHexString(request), state, fd, name);
        }
        return r;
    }

    /**
     * {@code ioctl(2)} with an integer argument.
     *
     * @param fd the descriptor
     * @param request the request number
     * @param argument the integer argument
     * @param name what the descriptor is, for the message, or {@code null}
     * @return the call's non-negative result
     * @throws ErrnoException when the call fails
     */
    public static int ioctl(int fd, long request, long argument, String name) throws ErrnoException {
        int r;
        MemorySegment state = state();
        try {
            r = (int) IOCTL_LONG.invokeExact(state, fd, request, argument);
        } catch (Throwable t) {
            throw unexpected(t);
        }
        if (r < 0) {
            throw failure("ioctl 0x" + Long.toHexString(request), state, fd, name);
        }
        return r;
    }

    /**
     * {@code fcntl(fd, F_DUPFD_CLOEXEC, 0)}: a second descriptor for the same open file.
     *
     * @param fd the descriptor
     * @param name what the descriptor is, for the message, or {@code null}
     * @return the new descriptor
     * @throws ErrnoException when the call fails ({@code EBADF} for a closed descriptor)
     */
    public static int dup(int fd, String name) throws ErrnoException {
        int r;
        MemorySegment state = state();
        try {
            r = (int) FCNTL.invokeExact(state, fd, SysFlags.F_DUPFD_CLOEXEC, 0);
        } catch (Throwable t) {
            throw unexpected(t);
        }
        if (r < 0) {
            throw failure("fcntl(F_DUPFD_CLOEXEC)", state, fd, name);
        }
        return r;
    }

    /**
     * {@code mmap(2)}, the kernel choosing the address.
     *
     * @param length the length in bytes
     * @param prot {@code PROT_*} bits
     * @param flags {@code MAP_*} bits
     * @param fd the descriptor to map, or -1 for anonymous memory
     * @param offset the file offset
     * @return the address of the mapping, as a zero-length segment
     * @throws ErrnoException when the call fails
     */
    public static MemorySegment mmap(long length, int prot, int flags, int fd, long offset) throws ErrnoException {
        return mmap(0, length, prot, flags, fd, offset);
    }

    /**
     * {@code mmap(2)} with an address: a hint, or with {@code MAP_FIXED_NOREPLACE} the only address taken.
     *
     * @param address where the mapping should start (0: anywhere)
     * @param length the length in bytes
     * @param prot {@code PROT_*} bits
     * @param flags {@code MAP_*} bits
     * @param fd the descriptor to map, or -1 for anonymous memory
     * @param offset the file offset
     * @return the address of the mapping, as a zero-length segment
     * @throws ErrnoException when the call fails ({@code EEXIST}: {@code MAP_FIXED_NOREPLACE} and the range is
     *     taken)
     */
    public static MemorySegment mmap(long address, long length, int prot, int flags, int fd, long offset)
            throws ErrnoException {
        MemorySegment r;
        MemorySegment state = state();
        try {
            r = (MemorySegment) MMAP.invokeExact(state, MemorySegment.ofAddress(address), length, prot, flags, fd,
                    offset);
        } catch (Throwable t) {
            throw unexpected(t);
        }
        if (r.address() == -1L) {
            throw failure("mmap", state, length + " bytes" + (fd < 0 ? " (anonymous)" : " of fd " + fd)
                    + (address == 0 ? "" : " at 0x" + Long.toHexString(address)));
        }
        return r;
    }

    /**
     * {@code munmap(2)}.
     *
     * @param address the start of the mapping
     * @param length its length in bytes
     * @throws ErrnoException when the call fails
     */
    public static void munmap(long address, long length) throws ErrnoException {
        int r;
        MemorySegment state = state();
        try {
            r = (int) MUNMAP.invokeExact(state, MemorySegment.ofAddress(address), length);
        } catch (Throwable t) {
            throw unexpected(t);
        }
        if (r < 0) {
            throw failure("munmap", state, length + " bytes at 0x" + Long.toHexString(address));
        }
    }

    /**
     * {@code mprotect(2)}.
     *
     * @param address the start, page-aligned
     * @param length the length in bytes
     * @param prot the new {@code PROT_*} bits
     * @throws ErrnoException when the call fails
     */
    public static void mprotect(long address, long length, int prot) throws ErrnoException {
        int r;
        MemorySegment state = state();
        try {
            r = (int) MPROTECT.invokeExact(state, MemorySegment.ofAddress(address), length, prot);
        } catch (Throwable t) {
            throw unexpected(t);
        }
        if (r < 0) {
            throw failure("mprotect", state, length + " bytes at 0x" + Long.toHexString(address));
        }
    }

    /**
     * {@code eventfd(2)}.
     *
     * @param initial the counter's initial value
     * @param flags {@code EFD_*} flags
     * @return the new descriptor
     * @throws ErrnoException when the call fails
     */
    public static int eventfd(int initial, int flags) throws ErrnoException {
        int r;
        MemorySegment state = state();
        try {
            r = (int) EVENTFD.invokeExact(state, initial, flags);
        } catch (Throwable t) {
            throw unexpected(t);
        }
        if (r < 0) {
            throw failure("eventfd", state, "a new eventfd");
        }
        return r;
    }

    /**
     * {@code poll(2)} on an array of {@code struct pollfd} (8 bytes each: int fd, short events, short
     * revents).
     *
     * @param fds the array
     * @param count the number of entries
     * @param timeoutMillis how long to wait; -1 for ever
     * @return the number of entries with events
     * @throws ErrnoException when the call fails ({@code EINTR} when interrupted)
     */
    public static int poll(MemorySegment fds, long count, int timeoutMillis) throws ErrnoException {
        if (count < 0 || count * 8 > fds.byteSize()) {
            throw new IndexOutOfBoundsException("poll: " + count + " entries do not fit " + fds.byteSize() + " bytes");
        }
        int r;
        MemorySegment state = state();
        try {
            r = (int) POLL.invokeExact(state, fds, count, timeoutMillis);
        } catch (Throwable t) {
            throw unexpected(t);
        }
        if (r < 0) {
            throw failure("poll", state, count + " descriptors");
        }
        return r;
    }

    /**
     * {@code gettid(2)}: the calling thread's kernel thread id.
     *
     * @return the id
     */
    public static int gettid() {
        try {
            return (int) GETTID.invokeExact(state());
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /**
     * {@code tgkill(2)}: sends a signal to one thread of a process.
     *
     * @param tgid the process id
     * @param tid the thread's id ({@link #gettid()} on that thread)
     * @param signal the signal number
     * @throws ErrnoException when the call fails ({@code ESRCH}: no such thread)
     */
    public static void tgkill(int tgid, int tid, int signal) throws ErrnoException {
        int r;
        MemorySegment state = state();
        try {
            r = (int) TGKILL.invokeExact(state, tgid, tid, signal);
        } catch (Throwable t) {
            throw unexpected(t);
        }
        if (r < 0) {
            throw failure("tgkill", state, "signal " + signal + " to thread " + tid + " of process " + tgid);
        }
    }

    private static void checkCount(MemorySegment buffer, long count) {
        if (count < 0 || count > buffer.byteSize()) {
            throw new IndexOutOfBoundsException("count " + count + " is outside the buffer of " + buffer.byteSize()
                    + " bytes");
        }
    }
}
