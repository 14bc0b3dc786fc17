/**
 * The FFM system-call layer, dogfooded: {@link io.jbindgen.posix.Syscalls} (open, close, read, write,
 * pread, pwrite, ioctl, fcntl, mmap, munmap, mprotect, eventfd, poll, gettid, tgkill) over the bindings
 * jbindgen generates at build time from glibc's headers ({@code io.jbindgen.posix.libc}, errno captured),
 * each failure an {@link io.jbindgen.runtime.sys.ErrnoException} naming its subject; a thread-shared
 * {@link io.jbindgen.posix.Descriptor} that is never closed under a running call; the flag values as
 * generated ({@link io.jbindgen.posix.SysFlags}); and the symbolic errno names of the runtime's exceptions,
 * from the generated {@code <errno.h>} constants ({@link io.jbindgen.posix.HeaderErrnoNames}).
 */
package io.jbindgen.posix;
