package io.jbindgen.lguest.kvm;

import io.jbindgen.lguest.kvm.abi.Kvm;
import io.jbindgen.lguest.kvm.abi.KvmRun;
import io.jbindgen.lguest.kvm.abi.KvmUserspaceMemoryRegion;
import io.jbindgen.posix.Descriptor;
import io.jbindgen.posix.SysFlags;
import io.jbindgen.posix.Syscalls;
import io.jbindgen.posix.libc.Errno;
import io.jbindgen.runtime.sys.ErrnoException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * What INITIALIZE creates on {@code /dev/kvm}: the VM, memory slot 0 (guest-physical 0 at the
 * launcher's {@code base}, {@code pfnlimit} pages), slot 1 (the backend's page tables and GDT, see
 * {@link LongMode}), vCPU 0 in long mode at {@code start}, and its shared {@code kvm_run} page.
 * {@link #close()} releases all of it: the {@code kvm_run} mapping, the vCPU, the VM (and with it the
 * ioeventfds), the backend's memory.
 */
final class KvmMachine implements AutoCloseable {
    /** The device node. */
    static final String PATH = "/dev/kvm";
    private static final int RAM_SLOT = 0;
    private static final int BACKEND_SLOT = 1;

    private Descriptor vm;
    private Descriptor vcpu;
    private MemorySegment tables;
    private MemorySegment run;
    private LongMode longMode;
    private NotifyEventfds eventfds;

    private KvmMachine() {
    }

    /**
     * Opens {@value #PATH} and checks its API version.
     *
     * @return the system descriptor
     * @throws ErrnoException when the node cannot be opened or speaks another API ({@code ENODEV})
     */
    static Descriptor openSystem() throws ErrnoException {
        Descriptor kvm = Descriptor.open(PATH, SysFlags.O_RDWR);
        int version = Kvm.KVM_GET_API_VERSION_REQUEST.issue(kvm);
        if (version != Kvm.KVM_API_VERSION) {
            kvm.close();
            throw new ErrnoException("ioctl KVM_GET_API_VERSION", Errno.ENODEV, PATH,
                    "API version " + version + ", the bindings are for " + Kvm.KVM_API_VERSION);
        }
        return kvm;
    }

    /**
     * Creates the machine.
     *
     * @param kvm the system descriptor ({@link #openSystem()})
     * @param base the launcher address of guest-physical 0 (page-aligned)
     * @param limit the guest's size in bytes
     * @param start the entry point
     * @return the machine, its vCPU ready to run
     * @throws ErrnoException the errno of the KVM call that failed, naming it; nothing is left behind
     */
    static KvmMachine create(Descriptor kvm, long base, long limit, long start) throws ErrnoException {
        KvmMachine m = new KvmMachine();
        try {
            m.vm = Descriptor.adopt(Kvm.KVM_CREATE_VM_REQUEST.issue(kvm), "KVM VM");
            m.eventfds = new NotifyEventfds(m.vm);
            m.slot(RAM_SLOT, 0, limit, base);
            long bytes = LongMode.bytes(limit);
            m.tables = Syscalls.mmap(bytes, SysFlags.PROT_READ | SysFlags.PROT_WRITE,
                    SysFlags.MAP_PRIVATE | SysFlags.MAP_ANONYMOUS, -1, 0).reinterpret(bytes);
            m.longMode = LongMode.build(limit, m.tables);
            m.slot(BACKEND_SLOT, m.longMode.address(), bytes, m.tables.address());
            m.vcpu = Descriptor.adopt(Kvm.KVM_CREATE_VCPU_REQUEST.issue(m.vm), "KVM vCPU 0");
            long runBytes = Kvm.KVM_GET_VCPU_MMAP_SIZE_REQUEST.issue(kvm);
            m.run = Syscalls.mmap(runBytes, SysFlags.PROT_READ | SysFlags.PROT_WRITE, SysFlags.MAP_SHARED,
                    m.vcpu.fd(), 0).reinterpret(runBytes);
            m.longMode.enter(m.vcpu, start);
            return m;
        } catch (ErrnoException | RuntimeException e) {
            m.close();
            throw e;
        }
    }

    private void slot(int slot, long gpa, long bytes, long host) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            KvmUserspaceMemoryRegion region = KvmUserspaceMemoryRegion.allocate(arena)
                    .slot(slot)
                    .flags(0)
                    .guestPhysAddr(gpa)
                    .memorySize(bytes)
                    .userspaceAddr(host);
            Kvm.KVM_SET_USER_MEMORY_REGION_REQUEST.issue(vm, region.segment());
        }
    }

    Descriptor vcpu() {
        return vcpu;
    }

    /** {@return the shared {@code kvm_run} page} */
    MemorySegment run() {
        return run;
    }

    KvmRun runView() {
        return KvmRun.at(run);
    }

    NotifyEventfds eventfds() {
        return eventfds;
    }

    @Override
    public void close() {
        if (run != null) {
            unmap(run);
            run = null;
        }
        if (vcpu != null) {
            vcpu.close();
        }
        if (vm != null) {
            vm.close();
        }
        if (tables != null) {
            unmap(tables);
            tables = null;
        }
    }

    private static void unmap(MemorySegment mapping) {
        try {
            Syscalls.munmap(mapping.address(), mapping.byteSize());
        } catch (ErrnoException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
