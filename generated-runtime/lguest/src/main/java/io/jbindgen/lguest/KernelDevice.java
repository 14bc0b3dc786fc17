package io.jbindgen.lguest;

import io.jbindgen.posix.Descriptor;
import io.jbindgen.posix.SysFlags;
import io.jbindgen.posix.libc.Errno;
import io.jbindgen.runtime.sys.ErrnoException;
import java.lang.foreign.MemorySegment;

/** The kernel backend: a device node (default {@value #DEFAULT_PATH}) driven by real system calls. */
public final class KernelDevice implements LguestDevice {
    /** Where Linux created the lguest misc device. */
    public static final String DEFAULT_PATH = "/dev/lguest";

    /** What a missing node means, appended to the {@code ENOENT} message. */
    static final String MISSING_HINT = "lguest was removed from Linux in 4.14 (4.13 was the last release with "
            + "/dev/lguest), so this node exists only on an old i386 kernel built with CONFIG_LGUEST; use the "
            + "emulated backend instead (the default: leave out --device, or new EmulatedDevice(...) in code)"
            + " or give the path of a device node that exists";

    private final Descriptor descriptor;

    private KernelDevice(Descriptor descriptor) {
        this.descriptor = descriptor;
    }

    /**
     * Opens a device node read-write.
     *
     * @param path the node, such as {@value #DEFAULT_PATH} (a regular file works too: commands are then
     *     recorded at the vCPU offset, which is how the tests see the exact bytes)
     * @return the device
     * @throws ErrnoException naming the path; a missing node's message says that lguest left Linux in
     *     4.14 and how to choose the emulated backend
     */
    public static KernelDevice open(String path) throws ErrnoException {
        try {
            return new KernelDevice(Descriptor.open(path, SysFlags.O_RDWR));
        } catch (ErrnoException e) {
            if (e.errno() == Errno.ENOENT) {
                throw new ErrnoException(e.call(), e.errno(), path, MISSING_HINT);
            }
            throw e;
        }
    }

    @Override
    public long pwrite(MemorySegment buffer, long count, long offset) throws ErrnoException {
        return descriptor.pwrite(buffer, count, offset);
    }

    @Override
    public long pwriteQuick(MemorySegment buffer, long count, long offset) throws ErrnoException {
        return descriptor.pwriteQuick(buffer, count, offset);
    }

    @Override
    public long pread(MemorySegment buffer, long count, long offset) throws ErrnoException {
        return descriptor.pread(buffer, count, offset);
    }

    @Override
    public String name() {
        return descriptor.name();
    }

    @Override
    public void close() {
        descriptor.close();
    }
}
