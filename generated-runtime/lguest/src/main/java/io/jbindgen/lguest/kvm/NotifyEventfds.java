package io.jbindgen.lguest.kvm;

import io.jbindgen.lguest.kvm.abi.Kvm;
import io.jbindgen.lguest.kvm.abi.KvmIoeventfd;
import io.jbindgen.posix.Descriptor;
import io.jbindgen.posix.libc.Errno;
import io.jbindgen.runtime.sys.ErrnoException;
import java.lang.foreign.Arena;

/**
 * LHREQ_EVENTFD on KVM: each (address, eventfd) becomes a {@code KVM_IOEVENTFD} on the notify port with
 * data match, so a guest's notify of that address signals the eventfd inside the kernel without leaving
 * {@code KVM_RUN}.
 *
 * <p>Several eventfds on one address: KVM refuses a second ioeventfd with the same port, length and
 * match value ({@code EEXIST}), whereas lguest appended it to its table and signalled only the first
 * match. The outcome is the same (only the first is ever signalled), so a refused duplicate is accepted
 * as lguest accepted it, after KVM checked its descriptor ({@code EBADF}, {@code EINVAL}), and is
 * counted in {@link #shadowed()}. The eventfds are released with the VM.
 */
final class NotifyEventfds {
    private final Descriptor vm;
    private int attached;
    private int shadowed;

    NotifyEventfds(Descriptor vm) {
        this.vm = vm;
    }

    /**
     * Attaches an eventfd to a notify address.
     *
     * @param address the guest-physical address the guest notifies, 1 to 2^32-1 (a 32-bit OUT)
     * @param fd the eventfd
     * @throws ErrnoException {@code EINVAL} for address 0, an address a 32-bit notify cannot carry or a
     *     descriptor that is no eventfd; {@code EBADF} for one that is not open
     */
    void attach(long address, long fd) throws ErrnoException {
        if (address == 0 || (address >>> 32) != 0) {
            throw new ErrnoException("pwrite", Errno.EINVAL, KvmDevice.NAME);
        }
        try (Arena arena = Arena.ofConfined()) {
            KvmIoeventfd io = KvmIoeventfd.allocate(arena)
                    .addr(KvmDevice.NOTIFY_PORT)
                    .len(4)
                    .datamatch(address)
                    .fd((int) fd)
                    .flags(Kvm.KVM_IOEVENTFD_FLAG_PIO | Kvm.KVM_IOEVENTFD_FLAG_DATAMATCH);
            Kvm.KVM_IOEVENTFD_REQUEST.issue(vm, io.segment());
            attached++;
        } catch (ErrnoException e) {
            if (e.errno() != Errno.EEXIST) {
                throw new ErrnoException("pwrite", e.errno(), KvmDevice.NAME);
            }
            shadowed++;
        }
    }

    /** {@return the eventfds KVM signals} */
    int attached() {
        return attached;
    }

    /** {@return the eventfds accepted on an address that already had one, which are never signalled} */
    int shadowed() {
        return shadowed;
    }
}
