package io.jbindgen.lguest.kvm;

import io.jbindgen.lguest.kvm.abi.Kvm;
import io.jbindgen.lguest.kvm.abi.KvmRunFailEntry;
import io.jbindgen.lguest.kvm.abi.KvmRunInternal;
import io.jbindgen.lguest.kvm.abi.KvmRunMmio;
import java.lang.foreign.MemorySegment;

/** Why a guest died, in words, from a {@code KVM_RUN} exit the backend does not handle. */
final class ExitReasons {
    private ExitReasons() {
    }

    /**
     * Describes a fatal exit.
     *
     * @param reason {@code kvm_run.exit_reason}
     * @param mmio {@code kvm_run.mmio}
     * @param internal {@code kvm_run.internal}
     * @param failEntry {@code kvm_run.fail_entry}
     * @param limit the guest's limit in bytes
     * @return the reason the device reports
     */
    static String describe(int reason, MemorySegment mmio, MemorySegment internal, MemorySegment failEntry,
            long limit) {
        if (reason == Kvm.KVM_EXIT_SHUTDOWN) {
            return "triple fault: the guest could not handle an exception (KVM_EXIT_SHUTDOWN)";
        }
        if (reason == Kvm.KVM_EXIT_MMIO) {
            return "bad access: the guest " + (KvmRunMmio.isWrite(mmio) != 0 ? "wrote " : "read ")
                    + KvmRunMmio.len(mmio) + " bytes at guest-physical " + Vcpu.hex(KvmRunMmio.physAddr(mmio))
                    + ", outside its memory [0, " + Vcpu.hex(limit) + ")";
        }
        if (reason == Kvm.KVM_EXIT_INTERNAL_ERROR) {
            long suberror = KvmRunInternal.suberror(internal);
            return "KVM internal error, suberror " + suberror
                    + (suberror == Kvm.KVM_INTERNAL_ERROR_EMULATION
                            ? " (KVM could not emulate an instruction: this paravirtual KVM fails on some"
                                    + " legacy-mode instructions)"
                            : "");
        }
        if (reason == Kvm.KVM_EXIT_FAIL_ENTRY) {
            return "KVM could not enter the guest (KVM_EXIT_FAIL_ENTRY, hardware entry failure reason "
                    + Vcpu.hex(KvmRunFailEntry.hardwareEntryFailureReason(failEntry)) + ")";
        }
        return "unexpected KVM exit " + reason;
    }
}
