package io.jbindgen.lguest.kvm;

import io.jbindgen.lguest.GuestMemory;
import io.jbindgen.lguest.kvm.abi.Kvm;
import io.jbindgen.lguest.kvm.abi.KvmRegs;
import io.jbindgen.lguest.kvm.abi.KvmSegment;
import io.jbindgen.lguest.kvm.abi.KvmSregs;
import io.jbindgen.posix.Descriptor;
import io.jbindgen.runtime.sys.ErrnoException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The backend's own memory (the second memory slot, above the guest's identity-mapped range) and the
 * vCPU state that starts a guest in 64-bit long mode: a PML4, a PDPT and one page directory per GiB
 * mapping guest-virtual = guest-physical with 2 MiB pages up to the guest's limit rounded up to a GiB,
 * and a GDT with a 64-bit code segment ({@value #CODE_SELECTOR}) and a data segment
 * ({@value #DATA_SELECTOR}). The tables sit at {@link #address()}, outside the identity map, so the guest
 * cannot reach them; the part of the map above its limit has no memory slot, so touching it is a
 * reported bad access.
 */
final class LongMode {
    /** The 64-bit code segment's selector (the guest's IDT gates name it). */
    static final int CODE_SELECTOR = 0x08;
    /** The data segment's selector. */
    static final int DATA_SELECTOR = 0x10;

    static final long GIB = 1L << 30;
    private static final long TWO_MIB = 1L << 21;
    private static final long PAGE = GuestMemory.PAGE;
    /** The most a guest limit can be: what one PDPT maps. */
    static final long MAX_LIMIT = 512 * GIB - GIB;

    // x86-64 architecture (Intel SDM vol. 3, 2.5 and 4.5; AMD APM vol. 2, 3.1.7)
    private static final long PTE_PRESENT = 1;
    private static final long PTE_WRITABLE = 1 << 1;
    private static final long PDE_LARGE = 1 << 7;
    private static final long CR0_PE = 1;
    private static final long CR0_MP = 1 << 1;
    private static final long CR0_ET = 1 << 4;
    private static final long CR0_NE = 1 << 5;
    private static final long CR0_WP = 1 << 16;
    private static final long CR0_AM = 1 << 18;
    private static final long CR0_PG = 1L << 31;
    private static final long CR4_PAE = 1 << 5;
    private static final long EFER_LME = 1 << 8;
    private static final long EFER_LMA = 1 << 10;
    private static final long RFLAGS_RESERVED = 1 << 1;
    /** Descriptor words: present, DPL 0, code/data, accessed; code: execute/read, L; data: read/write. */
    private static final long GDT_CODE64 = 0x00209B0000000000L;
    private static final long GDT_DATA = 0x0000930000000000L;
    private static final int TYPE_CODE_EXECUTE_READ_ACCESSED = 11;
    private static final int TYPE_DATA_READ_WRITE_ACCESSED = 3;

    private final long address;
    private final long identityLimit;
    private final MemorySegment tables;

    private LongMode(long address, long identityLimit, MemorySegment tables) {
        this.address = address;
        this.identityLimit = identityLimit;
        this.tables = tables;
    }

    /**
     * Lays out the tables for a guest of {@code limit} bytes in {@code memory} (see {@link #bytes}).
     *
     * @param limit the guest's limit in bytes, at most {@link #MAX_LIMIT}
     * @param memory the backend's memory, {@link #bytes(long)} long, zero-filled
     * @return the layout; its guest-physical address is the limit rounded up to a GiB
     */
    static LongMode build(long limit, MemorySegment memory) {
        long identity = Math.max(GIB, (limit + GIB - 1) / GIB * GIB);
        LongMode m = new LongMode(identity, identity, memory);
        m.fill();
        return m;
    }

    /** {@return the bytes the backend's memory needs for a guest of {@code limit} bytes} */
    static long bytes(long limit) {
        long directories = Math.max(1, (limit + GIB - 1) / GIB);
        return (3 + directories) * PAGE;
    }

    /** {@return the guest-physical address of the backend's memory} */
    long address() {
        return address;
    }

    private long directories() {
        return identityLimit / GIB;
    }

    private long pml4() {
        return 0;
    }

    private long pdpt() {
        return PAGE;
    }

    private long gdt() {
        return 2 * PAGE;
    }

    private long directory(long gib) {
        return (3 + gib) * PAGE;
    }

    private void fill() {
        tables.set(ValueLayout.JAVA_LONG, pml4(), (address + pdpt()) | PTE_PRESENT | PTE_WRITABLE);
        for (long gib = 0; gib < directories(); gib++) {
            tables.set(ValueLayout.JAVA_LONG, pdpt() + 8 * gib, (address + directory(gib)) | PTE_PRESENT | PTE_WRITABLE);
            for (long entry = 0; entry < 512; entry++) {
                long physical = gib * GIB + entry * TWO_MIB;
                tables.set(ValueLayout.JAVA_LONG, directory(gib) + 8 * entry,
                        physical | PTE_PRESENT | PTE_WRITABLE | PDE_LARGE);
            }
        }
        tables.set(ValueLayout.JAVA_LONG, gdt() + CODE_SELECTOR, GDT_CODE64);
        tables.set(ValueLayout.JAVA_LONG, gdt() + DATA_SELECTOR, GDT_DATA);
    }

    /**
     * Puts the vCPU in long mode at {@code start}, interrupts off, all general registers 0 (so
     * {@code %rsi} = 0, where lguest's boot info was).
     *
     * @param vcpu the vCPU
     * @param start the entry point
     * @throws ErrnoException when KVM refuses the state
     */
    void enter(Descriptor vcpu, long start) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            KvmSregs sregs = KvmSregs.allocate(arena);
            Kvm.KVM_GET_SREGS_REQUEST.issue(vcpu, sregs.segment());
            segment(sregs.cs(), CODE_SELECTOR, TYPE_CODE_EXECUTE_READ_ACCESSED).l(1).db(0);
            for (KvmSegment data : new KvmSegment[] {sregs.ds(), sregs.es(), sregs.fs(), sregs.gs(), sregs.ss()}) {
                segment(data, DATA_SELECTOR, TYPE_DATA_READ_WRITE_ACCESSED).l(0).db(1);
            }
            sregs.gdt().base(address + gdt()).limit(3 * 8 - 1);
            sregs.cr3(address + pml4());
            sregs.cr4(CR4_PAE);
            sregs.cr0(CR0_PE | CR0_MP | CR0_ET | CR0_NE | CR0_WP | CR0_AM | CR0_PG);
            sregs.efer(EFER_LME | EFER_LMA);
            Kvm.KVM_SET_SREGS_REQUEST.issue(vcpu, sregs.segment());
            KvmRegs regs = KvmRegs.allocate(arena);
            regs.rflags(RFLAGS_RESERVED).rip(start);
            Kvm.KVM_SET_REGS_REQUEST.issue(vcpu, regs.segment());
        }
    }

    private static KvmSegment segment(KvmSegment s, int selector, int type) {
        return s.base(0).limit(0xFFFF_FFFFL).selector(selector).type(type).present(1).dpl(0).s(1).g(1).avl(0)
                .unusable(0);
    }
}
