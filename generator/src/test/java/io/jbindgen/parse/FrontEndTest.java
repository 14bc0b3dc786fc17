package io.jbindgen.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.target.Target;
import io.jbindgen.model.CType;
import io.jbindgen.model.IoctlInfo;
import io.jbindgen.model.MacroDecl;
import io.jbindgen.model.ScalarKind;
import io.jbindgen.model.SkippedDecl;
import io.jbindgen.oracle.Toolchains;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrontEndTest {
    static final Path SEED = io.jbindgen.SeedHeader.PATH;

    static void assumeSystemHeaders() {
        Toolchains.require(Target.X86_64);
    }

    @Test
    void seedHeaderGivesTheSameDeclarationsWithAndWithoutSystemHeaders() {
        assumeSystemHeaders();
        FrontEndSupport builtin = FrontEndSupport.run(SEED, Target.X86_64, List.of());
        FrontEndSupport system = FrontEndSupport.run(SEED, Target.X86_64, FrontEndSupport.SYSTEM);
        assertThat(builtin.errors()).isEmpty();
        assertThat(system.errors()).isEmpty();
        assertThat(builtin.mainDeclarations()).hasSize(4).isEqualTo(system.mainDeclarations());
        assertThat(system.unit().filesRead()).contains("/usr/include/linux/types.h");
        assertThat(builtin.intMacro("LGUEST_VRING_ALIGN")).isEqualTo(4096);
        assertThat(builtin.mainDeclarations()).extracting(d -> d.position().line()).containsExactly(27, 48, 59, 72);
        assertThat(builtin.main().fieldType("struct lguest_device_desc", "config")).isEqualTo("__u8[0]");
        assertThat(builtin.unit().skipped()).anyMatch(s -> s.name().equals("_LINUX_LGUEST_LAUNCHER")
                && s.kind() == SkippedDecl.Kind.MACRO && s.reason().equals("empty macro"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sys/socket.h", "stdio.h", "stdlib.h", "string.h", "signal.h", "pthread.h", "unistd.h",
        "fcntl.h", "time.h", "sys/ioctl.h", "stdint.h", "limits.h", "sys/time.h", "netinet/in.h", "sys/stat.h"})
    void glibcHeadersParseWithoutErrors(String header) {
        Path file = Path.of("/usr/include", header);
        Path arch = Path.of("/usr/include/x86_64-linux-gnu", header);
        Path path = Files.exists(arch) ? arch : file;
        Toolchains.require(Target.X86_64);
        assertThat(path).exists();
        FrontEndSupport r = FrontEndSupport.run(path, Target.X86_64, FrontEndSupport.SYSTEM);
        assertThat(r.errors()).isEmpty();
        assertThat(r.unit().declarations()).isNotEmpty();
    }

    @Test
    void ioctlRequestsAreDecodedWithPayloadSizesFromTheLayoutEngine() {
        assumeSystemHeaders();
        FrontEndSupport kvm = FrontEndSupport.run(Path.of("/usr/include/linux/kvm.h"), Target.X86_64, FrontEndSupport.SYSTEM);
        assertThat(kvm.errors()).isEmpty();
        // expected values printed by a gcc-compiled program on this machine
        MacroDecl.Integer run = (MacroDecl.Integer) kvm.macro("KVM_RUN");
        assertThat(run.value()).isEqualTo(0xae80);
        assertThat(run.ioctl()).isEqualTo(new IoctlInfo(IoctlInfo.Direction.NONE, 0xae, 0x80, 0, null));
        MacroDecl.Integer getRegs = (MacroDecl.Integer) kvm.macro("KVM_GET_REGS");
        assertThat(getRegs.value()).isEqualTo(0x8090ae81L);
        assertThat(getRegs.type()).isEqualTo(ScalarKind.UNSIGNED_LONG);
        assertThat(getRegs.ioctl().direction()).isEqualTo(IoctlInfo.Direction.READ);
        assertThat(getRegs.ioctl().size()).isEqualTo(0x90);
        assertThat(getRegs.ioctl().payload()).isEqualTo(new CType.Record(io.jbindgen.model.RecordKind.STRUCT, "struct kvm_regs"));
        MacroDecl.Integer region = (MacroDecl.Integer) kvm.macro("KVM_SET_USER_MEMORY_REGION");
        assertThat(region.value()).isEqualTo(0x4020ae46L);
        assertThat(region.ioctl().direction()).isEqualTo(IoctlInfo.Direction.WRITE);
        assertThat(region.ioctl().size()).isEqualTo(32);
        assertThat(kvm.unit().declarations()).filteredOn(d -> d instanceof MacroDecl.Integer m && m.ioctl() != null)
                .hasSizeGreaterThan(140);
    }

    @Test
    void selfReferencingMacroUsesTheEnumConstant() {
        assumeSystemHeaders();
        // #define __TC_MQPRIO_MODE_MAX (__TC_MQPRIO_MODE_MAX - 1) after an enum whose constant is 2
        FrontEndSupport r = FrontEndSupport.run(Path.of("/usr/include/linux/pkt_sched.h"), Target.X86_64, FrontEndSupport.SYSTEM);
        assertThat(r.intMacro("__TC_MQPRIO_MODE_MAX")).isEqualTo(1);
    }
}
