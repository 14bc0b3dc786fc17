package io.jbindgen.posix;

import io.jbindgen.posix.libc.Eventfd;
import io.jbindgen.posix.libc.Fcntl;
import io.jbindgen.posix.libc.Mman;
import io.jbindgen.posix.libc.Poll;
import io.jbindgen.posix.libc.Signal;

/**
 * The flag values the runtime passes to {@link Syscalls}, gathered in one place: each is the constant
 * jbindgen generated from the host's glibc headers ({@code io.jbindgen.posix.libc.Fcntl}, {@code Mman},
 * {@code Eventfd}, {@code Poll}, {@code Signal}); none is written down here.
 */
public final class SysFlags {
    /** {@code O_RDONLY}. */
    public static final int O_RDONLY = Fcntl.O_RDONLY;
    /** {@code O_WRONLY}. */
    public static final int O_WRONLY = Fcntl.O_WRONLY;
    /** {@code O_RDWR}. */
    public static final int O_RDWR = Fcntl.O_RDWR;
    /** {@code O_CREAT}. */
    public static final int O_CREAT = Fcntl.O_CREAT;
    /** {@code O_TRUNC}. */
    public static final int O_TRUNC = Fcntl.O_TRUNC;
    /** {@code O_CLOEXEC}. */
    public static final int O_CLOEXEC = Fcntl.O_CLOEXEC;
    /** {@code PROT_NONE}. */
    public static final int PROT_NONE = Mman.PROT_NONE;
    /** {@code PROT_READ}. */
    public static final int PROT_READ = Mman.PROT_READ;
    /** {@code PROT_WRITE}. */
    public static final int PROT_WRITE = Mman.PROT_WRITE;
    /** {@code MAP_SHARED}. */
    public static final int MAP_SHARED = Mman.MAP_SHARED;
    /** {@code MAP_PRIVATE}. */
    public static final int MAP_PRIVATE = Mman.MAP_PRIVATE;
    /** {@code MAP_ANONYMOUS}. */
    public static final int MAP_ANONYMOUS = Mman.MAP_ANONYMOUS;
    /** {@code MAP_32BIT} (x86_64 only: place the mapping in the first 2 GiB). */
    public static final int MAP_32BIT = Mman.MAP_32BIT;
    /** {@code MAP_NORESERVE}. */
    public static final int MAP_NORESERVE = Mman.MAP_NORESERVE;
    /** {@code MAP_FIXED_NOREPLACE} (Linux 4.17): map exactly at the address, or fail with {@code EEXIST}. */
    public static final int MAP_FIXED_NOREPLACE = Mman.MAP_FIXED_NOREPLACE;
    // glibc's EFD_* are enumerators of type unsigned int, which the bindings widen to long
    /** {@code EFD_SEMAPHORE}. */
    public static final int EFD_SEMAPHORE = (int) Eventfd.EFD_SEMAPHORE;
    /** {@code EFD_NONBLOCK}. */
    public static final int EFD_NONBLOCK = (int) Eventfd.EFD_NONBLOCK;
    /** {@code EFD_CLOEXEC}. */
    public static final int EFD_CLOEXEC = (int) Eventfd.EFD_CLOEXEC;
    /** {@code POLLIN}. */
    public static final short POLLIN = (short) Poll.POLLIN;
    /**
     * {@code SIGPIPE}: the JVM installs a handler that ignores it, so sent to one thread with
     * {@link Syscalls#tgkill} it interrupts that thread's blocking system call ({@code EINTR}) and does
     * nothing else.
     */
    public static final int SIGPIPE = Signal.SIGPIPE;
    /** {@code F_DUPFD_CLOEXEC}. */
    public static final int F_DUPFD_CLOEXEC = Fcntl.F_DUPFD_CLOEXEC;

    private SysFlags() {
    }
}
