/**
 * The FFM system-call layer: {@link io.jbindgen.runtime.sys.Syscalls} (open, close, read, write,
 * pread, pwrite, ioctl, mmap, munmap, mprotect, eventfd, poll) with {@code errno} captured on every call
 * and turned into an {@link io.jbindgen.runtime.sys.ErrnoException}; a thread-shared
 * {@link io.jbindgen.runtime.sys.Descriptor} that is never closed under a running call. No JNI, no JNA.
 */
package io.jbindgen.runtime.sys;
