package io.jbindgen.posix;

import io.jbindgen.posix.libc.EventfdFunctions;
import io.jbindgen.posix.libc.FcntlFunctions;
import io.jbindgen.posix.libc.IoctlFunctions;
import io.jbindgen.posix.libc.MmanFunctions;
import io.jbindgen.posix.libc.PollFunctions;
import io.jbindgen.posix.libc.SignalFunctions;
import io.jbindgen.posix.libc.UnistdFunctions;
import io.jbindgen.runtime.NativeCalls;
import io.jbindgen.runtime.sys.ErrnoCapture;
import io.jbindgen.runtime.sys.ErrnoException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The system calls of the runtime (libc wrappers on a 64-bit Linux host) over the bindings jbindgen
 * generates at build time from glibc's headers ({@code io.jbindgen.posix.libc}), which capture
 * {@code errno}; a failed call throws an {@link ErrnoException} naming the call, the errno and the
 * subject (the path, or the descriptor and what it was opened on). Interrupted calls ({@code EINTR}) are
 * reported, not retried.
 */
public final class Syscalls {
    /** {@code open}'s invoker with its one variadic argument, the mode ({@code int}). */
    private static final FcntlFunctions.Open OPEN = FcntlFunctions.open(ValueLayout.JAVA_INT);
    /** {@code fcntl}'s invoker with an {@code int} argument. */
    private static final FcntlFunctions.Fcntl_2 FCNTL_INT = FcntlFunctions.fcntl(ValueLayout.JAVA_INT);
    /**
     * {@code ioctl}'s generated handle with a pointer argument, called exactly: the invoker's
     * {@code invoke} would box the variadic argument on every call, and ioctl is the KVM backend's hot path.
     */
    private static final MethodHandle IOCTL_PTR = IoctlFunctions.ioctl(ValueLayout.ADDRESS).exact();
    /** {@code ioctl}'s generated handle with an integer argument, called exactly. */
    private static final MethodHandle IOCTL_LONG = IoctlFunctions.ioctl(ValueLayout.JAVA_LONG).exact();

    private Syscalls() {
    }

    private static ErrnoException failure(String call, ErrnoException generated, int fd, String name) {
        return failure(call, generated.errno(), fd, name);
    }

    private static ErrnoException failure(String call, int errno, int fd, String name) {
        return new ErrnoException(call, errno, name == null ? "fd " + fd : name + " (fd " + fd + ")");
    }

    private static ErrnoException failure(String call, ErrnoException generated, String subject) {
        return new ErrnoException(call, generated.errno(), subject);
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
            return OPEN.invoke(arena.allocateFrom(path), flags, mode);
        } catch (ErrnoException e) {
            throw failure("open", e, path);
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
        try {
            UnistdFunctions.close(fd);
        } catch (ErrnoException e) {
            throw failure("close", e, fd, name);
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
        try {
            return UnistdFunctions.read(fd, buffer, count);
        } catch (ErrnoException e) {
            throw failure("read", e, fd, name);
        }
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
        try {
            return UnistdFunctions.write(fd, buffer, count);
        } catch (ErrnoException e) {
            throw failure("write", e, fd, name);
        }
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
        try {
            return UnistdFunctions.pread(fd, buffer, count, offset);
        } catch (ErrnoException e) {
            throw failure("pread", e, fd, name);
        }
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
        try {
            return UnistdFunctions.pwrite(fd, buffer, count, offset);
        } catch (ErrnoException e) {
            throw failure("pwrite", e, fd, name);
        }
    }

    /**
     * {@link #pwrite} as a critical downcall ({@code Linker.Option.critical(false)}, generated with
     * {@code <criticalFunctions>} into {@code io.jbindgen.posix.libc.critical}), which skips the JVM's
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
        try {
            return io.jbindgen.posix.libc.critical.UnistdFunctions.pwrite(fd, buffer, count, offset);
        } catch (ErrnoException e) {
            throw failure("pwrite", e, fd, name);
        }
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
        MemorySegment state = ErrnoCapture.state();
        int r;
        try {
            r = (int) IOCTL_PTR.invokeExact(state, fd, request, argument);
        } catch (Throwable t) {
            throw NativeCalls.unexpected(t);
        }
        if (r == -1) {
            throw failure("ioctl 0x" + Long.toHexString(request), ErrnoCapture.errno(state), fd, name);
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
        MemorySegment state = ErrnoCapture.state();
        int r;
        try {
            r = (int) IOCTL_LONG.invokeExact(state, fd, request, argument);
        } catch (Throwable t) {
            throw NativeCalls.unexpected(t);
        }
        if (r == -1) {
            throw failure("ioctl 0x" + Long.toHexString(request), ErrnoCapture.errno(state), fd, name);
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
        try {
            return FCNTL_INT.invoke(fd, SysFlags.F_DUPFD_CLOEXEC, 0);
        } catch (ErrnoException e) {
            throw failure("fcntl(F_DUPFD_CLOEXEC)", e, fd, name);
        }
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
        try {
            return MmanFunctions.mmap(MemorySegment.ofAddress(address), length, prot, flags, fd, offset);
        } catch (ErrnoException e) {
            throw failure("mmap", e, length + " bytes" + (fd < 0 ? " (anonymous)" : " of fd " + fd)
                    + (address == 0 ? "" : " at 0x" + Long.toHexString(address)));
        }
    }

    /**
     * {@code munmap(2)}.
     *
     * @param address the start of the mapping
     * @param length its length in bytes
     * @throws ErrnoException when the call fails
     */
    public static void munmap(long address, long length) throws ErrnoException {
        try {
            MmanFunctions.munmap(MemorySegment.ofAddress(address), length);
        } catch (ErrnoException e) {
            throw failure("munmap", e, length + " bytes at 0x" + Long.toHexString(address));
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
        try {
            MmanFunctions.mprotect(MemorySegment.ofAddress(address), length, prot);
        } catch (ErrnoException e) {
            throw failure("mprotect", e, length + " bytes at 0x" + Long.toHexString(address));
        }
    }

    /**
     * {@code eventfd(2)}.
     *
     * @param initial the counter's initial value (an {@code unsigned int})
     * @param flags {@code EFD_*} flags
     * @return the new descriptor
     * @throws ErrnoException when the call fails
     */
    public static int eventfd(int initial, int flags) throws ErrnoException {
        try {
            return EventfdFunctions.eventfd(Integer.toUnsignedLong(initial), flags);
        } catch (ErrnoException e) {
            throw failure("eventfd", e, "a new eventfd");
        }
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
        try {
            return PollFunctions.poll(fds, count, timeoutMillis);
        } catch (ErrnoException e) {
            throw failure("poll", e, count + " descriptors");
        }
    }

    /**
     * {@code gettid(2)}: the calling thread's kernel thread id.
     *
     * @return the id
     */
    public static int gettid() {
        return UnistdFunctions.gettid();
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
        try {
            SignalFunctions.tgkill(tgid, tid, signal);
        } catch (ErrnoException e) {
            throw failure("tgkill", e, "signal " + signal + " to thread " + tid + " of process " + tgid);
        }
    }

    private static void checkCount(MemorySegment buffer, long count) {
        if (count < 0 || count > buffer.byteSize()) {
            throw new IndexOutOfBoundsException("count " + count + " is outside the buffer of " + buffer.byteSize()
                    + " bytes");
        }
    }
}
