package io.jbindgen.posix;

import io.jbindgen.runtime.sys.CallGuard;
import io.jbindgen.runtime.sys.ErrnoException;
import io.jbindgen.runtime.sys.IoctlTarget;
import java.lang.foreign.MemorySegment;

/**
 * An open file descriptor shared by threads. Each call holds the descriptor for its duration, so a
 * {@link #close()} while another thread is inside a call (a blocking {@code pread}, say) only marks it
 * closed: later calls fail with {@code EBADF}, and the number is released when the last call in flight
 * returns, as the kernel releases a file when its last reference goes. A number is therefore never
 * closed under a running call and never reused behind its back.
 */
public final class Descriptor implements AutoCloseable, IoctlTarget {
    private final int fd;
    private final String name;
    private final CallGuard guard;

    private Descriptor(int fd, String name) {
        this.fd = fd;
        this.name = name;
        this.guard = new CallGuard(name, this::closeNumber);
    }

    /**
     * Opens a path.
     *
     * @param path the path
     * @param flags {@code O_*} flags; {@code O_CLOEXEC} is added
     * @return the descriptor
     * @throws ErrnoException naming the path when {@code open} fails
     */
    public static Descriptor open(String path, int flags) throws ErrnoException {
        return new Descriptor(Syscalls.open(path, flags | SysFlags.O_CLOEXEC, 0600), path);
    }

    /**
     * Takes ownership of a descriptor number.
     *
     * @param fd the number
     * @param name what it is, for messages
     * @return the descriptor
     */
    public static Descriptor adopt(int fd, String name) {
        return new Descriptor(fd, name);
    }

    /** {@return the descriptor number (valid while open)} */
    public int fd() {
        return fd;
    }

    /** {@return what the descriptor was opened on} */
    public String name() {
        return name;
    }

    /** {@return whether {@link #close()} was called} */
    public boolean isClosed() {
        return guard.isClosed();
    }

    /**
     * {@code pread(2)} on this descriptor.
     *
     * @param buffer where the bytes go (native memory)
     * @param count how many bytes at most
     * @param offset the file offset
     * @return what the call returned
     * @throws ErrnoException when the call fails or the descriptor is closed
     */
    public long pread(MemorySegment buffer, long count, long offset) throws ErrnoException {
        guard.enter("pread");
        try {
            return Syscalls.pread(fd, buffer, count, offset, name);
        } finally {
            guard.exit();
        }
    }

    /**
     * {@code pwrite(2)} on this descriptor.
     *
     * @param buffer the bytes (native memory)
     * @param count how many bytes
     * @param offset the file offset
     * @return what the call returned
     * @throws ErrnoException when the call fails or the descriptor is closed
     */
    public long pwrite(MemorySegment buffer, long count, long offset) throws ErrnoException {
        guard.enter("pwrite");
        try {
            return Syscalls.pwrite(fd, buffer, count, offset, name);
        } finally {
            guard.exit();
        }
    }

    /**
     * {@code pwrite(2)} on this descriptor as a critical downcall ({@link Syscalls#pwriteQuick}): only for a
     * write the file answers at once, without sleeping.
     *
     * @param buffer the bytes (native memory)
     * @param count how many bytes
     * @param offset the file offset
     * @return what the call returned
     * @throws ErrnoException when the call fails or the descriptor is closed
     */
    public long pwriteQuick(MemorySegment buffer, long count, long offset) throws ErrnoException {
        guard.enter("pwrite");
        try {
            return Syscalls.pwriteQuick(fd, buffer, count, offset, name);
        } finally {
            guard.exit();
        }
    }

    /**
     * {@code read(2)} on this descriptor.
     *
     * @param buffer where the bytes go (native memory)
     * @param count how many bytes at most
     * @return the number of bytes read
     * @throws ErrnoException when the call fails or the descriptor is closed
     */
    public long read(MemorySegment buffer, long count) throws ErrnoException {
        guard.enter("read");
        try {
            return Syscalls.read(fd, buffer, count, name);
        } finally {
            guard.exit();
        }
    }

    /**
     * {@code write(2)} on this descriptor.
     *
     * @param buffer the bytes (native memory)
     * @param count how many bytes
     * @return the number of bytes written
     * @throws ErrnoException when the call fails or the descriptor is closed
     */
    public long write(MemorySegment buffer, long count) throws ErrnoException {
        guard.enter("write");
        try {
            return Syscalls.write(fd, buffer, count, name);
        } finally {
            guard.exit();
        }
    }

    /**
     * {@code ioctl(2)} with a pointer argument.
     *
     * @param request the request number
     * @param argument the memory it reads or writes
     * @return the call's result
     * @throws ErrnoException when the call fails or the descriptor is closed
     */
    @Override
    public int ioctl(long request, MemorySegment argument) throws ErrnoException {
        guard.enter("ioctl");
        try {
            return Syscalls.ioctl(fd, request, argument, name);
        } finally {
            guard.exit();
        }
    }

    /**
     * {@code ioctl(2)} with an integer argument.
     *
     * @param request the request number
     * @param argument the argument
     * @return the call's result
     * @throws ErrnoException when the call fails or the descriptor is closed
     */
    @Override
    public int ioctl(long request, long argument) throws ErrnoException {
        guard.enter("ioctl");
        try {
            return Syscalls.ioctl(fd, request, argument, name);
        } finally {
            guard.exit();
        }
    }

    /**
     * Marks the descriptor closed and releases the number once no call is in flight. Closing twice is
     * harmless.
     */
    @Override
    public void close() {
        guard.close();
    }

    private void closeNumber() {
        try {
            Syscalls.close(fd, name);
        } catch (ErrnoException e) {
            // close(2) releases the number even when it reports an error; nothing is left to undo.
        }
    }

    @Override
    public String toString() {
        return name + " (fd " + fd + (isClosed() ? ", closed)" : ")");
    }
}
