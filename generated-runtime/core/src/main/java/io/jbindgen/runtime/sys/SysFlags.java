package io.jbindgen.runtime.sys;

/**
 * Flag values of the calls in {@link Syscalls} on a Linux x86_64 or aarch64 host (the asm-generic
 * numbering). A later pass will generate them from the system headers.
 */
public final class SysFlags {
    /** {@code O_RDONLY}. */
    public static final int O_RDONLY = 0;
    /** {@code O_WRONLY}. */
    public static final int O_WRONLY = 1;
    /** {@code O_RDWR}. */
    public static final int O_RDWR = 2;
    /** {@code O_CREAT}. */
    public static final int O_CREAT = 0100;
    /** {@code O_TRUNC}. */
    public static final int O_TRUNC = 01000;
    /** {@code O_CLOEXEC}. */
    public static final int O_CLOEXEC = 02000000;
    /** {@code PROT_NONE}. */
    public static final int PROT_NONE = 0;
    /** {@code PROT_READ}. */
    public static final int PROT_READ = 1;
    /** {@code PROT_WRITE}. */
    public static final int PROT_WRITE = 2;
    /** {@code MAP_SHARED}. */
    public static final int MAP_SHARED = 0x01;
    /** {@code MAP_PRIVATE}. */
    public static final int MAP_PRIVATE = 0x02;
    /** {@code MAP_ANONYMOUS}. */
    public static final int MAP_ANONYMOUS = 0x20;
    /** {@code MAP_32BIT} (x86_64 only: place the mapping in the first 2 GiB). */
    public static final int MAP_32BIT = 0x40;
    /** {@code MAP_NORESERVE}. */
    public static final int MAP_NORESERVE = 0x4000;
    /** {@code MAP_FIXED_NOREPLACE} (Linux 4.17): map exactly at the address, or fail with {@code EEXIST}. */
    public static final int MAP_FIXED_NOREPLACE = 0x100000;
    /** {@code EFD_SEMAPHORE}. */
    public static final int EFD_SEMAPHORE = 1;
    /** {@code EFD_NONBLOCK}. */
    public static final int EFD_NONBLOCK = 04000;
    /** {@code EFD_CLOEXEC}. */
    public static final int EFD_CLOEXEC = 02000000;
    /** {@code POLLIN}. */
    public static final short POLLIN = 0x1;
    /**
     * {@code SIGPIPE}: the JVM installs a handler that ignores it, so sent to one thread with
     * {@link Syscalls#tgkill} it interrupts that thread's blocking system call ({@code EINTR}) and does
     * nothing else.
     */
    public static final int SIGPIPE = 13;
    /** {@code F_DUPFD_CLOEXEC}. */
    public static final int F_DUPFD_CLOEXEC = 1030;

    private SysFlags() {
    }
}
