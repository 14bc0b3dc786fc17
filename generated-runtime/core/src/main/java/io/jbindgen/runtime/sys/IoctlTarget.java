package io.jbindgen.runtime.sys;

import java.lang.foreign.MemorySegment;

/**
 * Something {@code ioctl(2)} requests are issued on, such as jbindgen-posix's {@code Descriptor}: what
 * {@link io.jbindgen.runtime.IoctlRequest#issue} needs, kept here because the generated request
 * descriptors live in the runtime core, which is built before the generated system-call layer.
 */
public interface IoctlTarget {
    /**
     * {@code ioctl(2)} with a pointer argument.
     *
     * @param request the request number
     * @param argument the memory it reads or writes
     * @return the call's non-negative result
     * @throws ErrnoException when the call fails
     */
    int ioctl(long request, MemorySegment argument) throws ErrnoException;

    /**
     * {@code ioctl(2)} with an integer argument.
     *
     * @param request the request number
     * @param argument the argument
     * @return the call's non-negative result
     * @throws ErrnoException when the call fails
     */
    int ioctl(long request, long argument) throws ErrnoException;
}
