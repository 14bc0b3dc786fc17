package io.jbindgen.lguest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jbindgen.lguest.kvm.abi.Kvm;
import io.jbindgen.lguest.kvm.abi.KvmDtable;
import io.jbindgen.lguest.kvm.abi.KvmInterrupt;
import io.jbindgen.lguest.kvm.abi.KvmIoeventfd;
import io.jbindgen.lguest.kvm.abi.KvmRegs;
import io.jbindgen.lguest.kvm.abi.KvmRun;
import io.jbindgen.lguest.kvm.abi.KvmRunFailEntry;
import io.jbindgen.lguest.kvm.abi.KvmRunInternal;
import io.jbindgen.lguest.kvm.abi.KvmRunIo;
import io.jbindgen.lguest.kvm.abi.KvmRunMmio;
import io.jbindgen.lguest.kvm.abi.KvmSegment;
import io.jbindgen.lguest.kvm.abi.KvmSregs;
import io.jbindgen.lguest.kvm.abi.KvmUserspaceMemoryRegion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every number of the plugin-generated {@code linux/kvm.h} bindings that the KVM backend uses, against
 * gcc on the same system header: sizes, offsets (through kvm_run's unions), ioctl request numbers and
 * constants.
 */
class KvmBindingsTest {
    private static Map<String, Long> generated() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("sizeof(struct kvm_run)", KvmRun.SIZE);
        m.put("sizeof(struct kvm_regs)", KvmRegs.SIZE);
        m.put("sizeof(struct kvm_sregs)", KvmSregs.SIZE);
        m.put("sizeof(struct kvm_segment)", KvmSegment.SIZE);
        m.put("sizeof(struct kvm_dtable)", KvmDtable.SIZE);
        m.put("sizeof(struct kvm_userspace_memory_region)", KvmUserspaceMemoryRegion.SIZE);
        m.put("sizeof(struct kvm_ioeventfd)", KvmIoeventfd.SIZE);
        m.put("sizeof(struct kvm_interrupt)", KvmInterrupt.SIZE);
        m.put("offsetof(struct kvm_run, request_interrupt_window)", KvmRun.REQUEST_INTERRUPT_WINDOW_OFFSET);
        m.put("offsetof(struct kvm_run, immediate_exit)", KvmRun.IMMEDIATE_EXIT_OFFSET);
        m.put("offsetof(struct kvm_run, exit_reason)", KvmRun.EXIT_REASON_OFFSET);
        m.put("offsetof(struct kvm_run, ready_for_interrupt_injection)", KvmRun.READY_FOR_INTERRUPT_INJECTION_OFFSET);
        m.put("offsetof(struct kvm_run, if_flag)", KvmRun.IF_FLAG_OFFSET);
        m.put("offsetof(struct kvm_run, io.direction)", KvmRun.IO_OFFSET + KvmRunIo.DIRECTION_OFFSET);
        m.put("offsetof(struct kvm_run, io.size)", KvmRun.IO_OFFSET + KvmRunIo.SIZE_OFFSET);
        m.put("offsetof(struct kvm_run, io.port)", KvmRun.IO_OFFSET + KvmRunIo.PORT_OFFSET);
        m.put("offsetof(struct kvm_run, io.count)", KvmRun.IO_OFFSET + KvmRunIo.COUNT_OFFSET);
        m.put("offsetof(struct kvm_run, io.data_offset)", KvmRun.IO_OFFSET + KvmRunIo.DATA_OFFSET_OFFSET);
        m.put("offsetof(struct kvm_run, mmio.phys_addr)", KvmRun.MMIO_OFFSET + KvmRunMmio.PHYS_ADDR_OFFSET);
        m.put("offsetof(struct kvm_run, mmio.len)", KvmRun.MMIO_OFFSET + KvmRunMmio.LEN_OFFSET);
        m.put("offsetof(struct kvm_run, mmio.is_write)", KvmRun.MMIO_OFFSET + KvmRunMmio.IS_WRITE_OFFSET);
        m.put("offsetof(struct kvm_run, internal.suberror)", KvmRun.INTERNAL_OFFSET + KvmRunInternal.SUBERROR_OFFSET);
        m.put("offsetof(struct kvm_run, fail_entry.hardware_entry_failure_reason)",
                KvmRun.FAIL_ENTRY_OFFSET + KvmRunFailEntry.HARDWARE_ENTRY_FAILURE_REASON_OFFSET);
        m.put("offsetof(struct kvm_regs, rax)", KvmRegs.RAX_OFFSET);
        m.put("offsetof(struct kvm_regs, rip)", KvmRegs.RIP_OFFSET);
        m.put("offsetof(struct kvm_regs, rflags)", KvmRegs.RFLAGS_OFFSET);
        m.put("offsetof(struct kvm_sregs, cs)", KvmSregs.CS_OFFSET);
        m.put("offsetof(struct kvm_sregs, ss)", KvmSregs.SS_OFFSET);
        m.put("offsetof(struct kvm_sregs, gdt)", KvmSregs.GDT_OFFSET);
        m.put("offsetof(struct kvm_sregs, cr0)", KvmSregs.CR0_OFFSET);
        m.put("offsetof(struct kvm_sregs, cr3)", KvmSregs.CR3_OFFSET);
        m.put("offsetof(struct kvm_sregs, cr4)", KvmSregs.CR4_OFFSET);
        m.put("offsetof(struct kvm_sregs, efer)", KvmSregs.EFER_OFFSET);
        m.put("offsetof(struct kvm_segment, selector)", KvmSegment.SELECTOR_OFFSET);
        m.put("offsetof(struct kvm_segment, type)", KvmSegment.TYPE_OFFSET);
        m.put("offsetof(struct kvm_segment, l)", KvmSegment.L_OFFSET);
        m.put("offsetof(struct kvm_segment, unusable)", KvmSegment.UNUSABLE_OFFSET);
        m.put("offsetof(struct kvm_dtable, limit)", KvmDtable.LIMIT_OFFSET);
        m.put("offsetof(struct kvm_userspace_memory_region, guest_phys_addr)",
                KvmUserspaceMemoryRegion.GUEST_PHYS_ADDR_OFFSET);
        m.put("offsetof(struct kvm_userspace_memory_region, userspace_addr)",
                KvmUserspaceMemoryRegion.USERSPACE_ADDR_OFFSET);
        m.put("offsetof(struct kvm_ioeventfd, addr)", KvmIoeventfd.ADDR_OFFSET);
        m.put("offsetof(struct kvm_ioeventfd, len)", KvmIoeventfd.LEN_OFFSET);
        m.put("offsetof(struct kvm_ioeventfd, fd)", KvmIoeventfd.FD_OFFSET);
        m.put("offsetof(struct kvm_ioeventfd, flags)", KvmIoeventfd.FLAGS_OFFSET);
        m.put("KVM_GET_API_VERSION", Kvm.KVM_GET_API_VERSION_REQUEST.value());
        m.put("KVM_CREATE_VM", Kvm.KVM_CREATE_VM_REQUEST.value());
        m.put("KVM_GET_VCPU_MMAP_SIZE", Kvm.KVM_GET_VCPU_MMAP_SIZE_REQUEST.value());
        m.put("KVM_SET_USER_MEMORY_REGION", Kvm.KVM_SET_USER_MEMORY_REGION_REQUEST.value());
        m.put("KVM_CREATE_VCPU", Kvm.KVM_CREATE_VCPU_REQUEST.value());
        m.put("KVM_IOEVENTFD", Kvm.KVM_IOEVENTFD_REQUEST.value());
        m.put("KVM_RUN", Kvm.KVM_RUN_REQUEST.value());
        m.put("KVM_GET_REGS", Kvm.KVM_GET_REGS_REQUEST.value());
        m.put("KVM_SET_REGS", Kvm.KVM_SET_REGS_REQUEST.value());
        m.put("KVM_GET_SREGS", Kvm.KVM_GET_SREGS_REQUEST.value());
        m.put("KVM_SET_SREGS", Kvm.KVM_SET_SREGS_REQUEST.value());
        m.put("KVM_INTERRUPT", Kvm.KVM_INTERRUPT_REQUEST.value());
        m.put("KVM_API_VERSION", (long) Kvm.KVM_API_VERSION);
        m.put("KVM_EXIT_IO", (long) Kvm.KVM_EXIT_IO);
        m.put("KVM_EXIT_IO_OUT", (long) Kvm.KVM_EXIT_IO_OUT);
        m.put("KVM_EXIT_HLT", (long) Kvm.KVM_EXIT_HLT);
        m.put("KVM_EXIT_MMIO", (long) Kvm.KVM_EXIT_MMIO);
        m.put("KVM_EXIT_IRQ_WINDOW_OPEN", (long) Kvm.KVM_EXIT_IRQ_WINDOW_OPEN);
        m.put("KVM_EXIT_SHUTDOWN", (long) Kvm.KVM_EXIT_SHUTDOWN);
        m.put("KVM_EXIT_FAIL_ENTRY", (long) Kvm.KVM_EXIT_FAIL_ENTRY);
        m.put("KVM_EXIT_INTR", (long) Kvm.KVM_EXIT_INTR);
        m.put("KVM_EXIT_INTERNAL_ERROR", (long) Kvm.KVM_EXIT_INTERNAL_ERROR);
        m.put("KVM_INTERNAL_ERROR_EMULATION", (long) Kvm.KVM_INTERNAL_ERROR_EMULATION);
        m.put("KVM_IOEVENTFD_FLAG_PIO", (long) Kvm.KVM_IOEVENTFD_FLAG_PIO);
        m.put("KVM_IOEVENTFD_FLAG_DATAMATCH", (long) Kvm.KVM_IOEVENTFD_FLAG_DATAMATCH);
        return m;
    }

    private static boolean gcc(Path dir, String... args) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(args).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("gcc.log").toFile()).start();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void everyNumberTheBackendUsesIsGccs(@TempDir Path dir) throws Exception {
        assumeTrue(Files.exists(Path.of("/usr/include/linux/kvm.h")) && gcc(dir, "gcc", "--version"),
                "no gcc or no /usr/include/linux/kvm.h (apt-get install gcc linux-libc-dev): the kvm.h bindings are not compared");
        Map<String, Long> generated = generated();
        String body = generated.keySet().stream()
                .map(e -> "    printf(\"%s=%llu\\n\", \"" + e.replace("\"", "\\\"") + "\", (unsigned long long) (" + e + "));")
                .collect(Collectors.joining("\n"));
        Files.writeString(dir.resolve("kvm.c"), "#include <stddef.h>\n#include <stdio.h>\n#include <linux/kvm.h>\n"
                + "int main(void)\n{\n" + body + "\n    return 0;\n}\n");
        assertThat(gcc(dir, "gcc", "-o", "kvm", "kvm.c")).as(() -> read(dir.resolve("gcc.log"))).isTrue();
        Process run = new ProcessBuilder(dir.resolve("kvm").toString()).start();
        Map<String, Long> gcc = new LinkedHashMap<>();
        for (String line : new String(run.getInputStream().readAllBytes()).split("\n")) {
            int eq = line.lastIndexOf('=');
            gcc.put(line.substring(0, eq), Long.parseUnsignedLong(line.substring(eq + 1)));
        }
        assertThat(run.waitFor()).isZero();
        assertThat(generated).isEqualTo(gcc);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
