package io.jbindgen.lguest.kvm;

import io.jbindgen.lguest.GuestMemory;
import java.lang.foreign.MemorySegment;

/**
 * The guest's memory as INITIALIZE named it ({@code base}, {@code pfnlimit}), as the backend reads it:
 * through the launcher's live {@link GuestMemory}, the way the kernel copied from the launcher's address
 * space, so that a bad {@code base} is a reported death and never a stray access.
 */
final class GuestRange {
    private final long base;
    private final long limit;

    GuestRange(long base, long limit) {
        this.base = base;
        this.limit = limit;
    }

    long base() {
        return base;
    }

    long limit() {
        return limit;
    }

    /** {@return why the guest cannot start at {@code start}, or null when it can} */
    String checkStart(long start) {
        if (GuestMemory.lookup(base, limit).isEmpty()) {
            return "bad guest memory: no launcher mapping holds base " + Vcpu.hex(base) + " + " + Vcpu.hex(limit)
                    + " bytes";
        }
        if (Long.compareUnsigned(start, limit) >= 0) {
            return "bad start " + Vcpu.hex(start) + ": outside guest memory [0, " + Vcpu.hex(limit) + ")";
        }
        return null;
    }

    /** {@return guest-physical {@code [gpa, gpa + length)} if inside the guest and mapped, else null} */
    MemorySegment slice(long gpa, long length) {
        if (gpa < 0 || gpa > limit - length) {
            return null;
        }
        return GuestMemory.lookup(base + gpa, length).orElse(null);
    }
}
