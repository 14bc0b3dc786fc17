package io.jbindgen.lguest;

import io.jbindgen.runtime.sys.ErrnoException;
import java.lang.foreign.MemorySegment;

/**
 * The lguest device as a launcher sees it: the {@code pwrite}/{@code pread}/{@code close} triple of an
 * open {@code /dev/lguest}. Backends: {@link KernelDevice} (a real device node),
 * {@link io.jbindgen.lguest.emulated.EmulatedDevice} (an in-process model of the eventfd-era kernel) and
 * {@link io.jbindgen.lguest.kvm.KvmDevice} (the same commands on {@code /dev/kvm} with a real x86-64
 * guest). All report failures as {@link ErrnoException}s with the errno the kernel would return.
 */
public interface LguestDevice extends AutoCloseable {

    /**
     * {@code pwrite(fd, buffer, count, offset)}: sends a command (an array of target words, the first
     * the request).
     *
     * @param buffer the caller's memory; bytes past its end count as unmapped ({@code EFAULT})
     * @param count the {@code count} argument (the kernel never checks it)
     * @param offset the file offset, which selects the vCPU (0)
     * @return the device's result (INITIALIZE: the size of its arguments; IRQ and EVENTFD: 0)
     * @throws ErrnoException with the device's errno
     */
    long pwrite(MemorySegment buffer, long count, long offset) throws ErrnoException;

    /**
     * {@link #pwrite} of a command the device answers at once, without sleeping ({@code LHREQ_IRQ}: in every
     * era the kernel only marks the interrupt pending and wakes the guest's task). The kernel backend
     * makes it a critical downcall, without the JVM's thread-state transitions; the default is
     * {@link #pwrite}.
     *
     * @param buffer the caller's memory
     * @param count the {@code count} argument
     * @param offset the file offset, which selects the vCPU (0)
     * @return the device's result
     * @throws ErrnoException with the device's errno
     */
    default long pwriteQuick(MemorySegment buffer, long count, long offset) throws ErrnoException {
        return pwrite(buffer, count, offset);
    }

    /**
     * {@code pread(fd, buffer, count, offset)}: runs the guest until it has something for the launcher.
     *
     * @param buffer the caller's memory; bytes past its end count as unmapped ({@code EFAULT})
     * @param count the {@code count} argument
     * @param offset the file offset, which selects the vCPU (0)
     * @return the number of bytes placed in {@code buffer}: a word (a notify address), or the length of
     *     the dead guest's reason
     * @throws ErrnoException with the device's errno ({@code ENOENT}: the guest died; {@code EINTR}:
     *     interrupted; {@code ERESTART}: the guest asked for a reboot)
     */
    long pread(MemorySegment buffer, long count, long offset) throws ErrnoException;

    /**
     * Interrupts the guest's run from another thread, as a signal interrupted lguest's {@code read()}:
     * the read in progress on {@code runner}, or its next one, fails with {@code EINTR} and the guest
     * stays intact. How a launcher's timeout stops a guest that never gives control back. The default
     * interrupts the thread ({@link Thread#interrupt()}), which is what the emulated device's read waits
     * on; the KVM backend also kicks its vCPU out of {@code KVM_RUN}.
     *
     * @param runner the thread that runs the guest
     */
    default void interrupt(Thread runner) {
        runner.interrupt();
    }

    /** {@return what the device is, for messages (a path, or "emulated lguest")} */
    String name();

    /**
     * Closes the device: the guest and everything it holds are released once no call is in flight.
     * Closing twice is harmless; any call after close fails with {@code EBADF}.
     */
    @Override
    void close();
}
