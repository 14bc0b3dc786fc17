package io.jbindgen.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jbindgen.target.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The shared compiler check, on machines it cannot be run on: a search path without the compiler, a
 * compiler without its kernel headers, and what a test then does (skip with the package to install,
 * or fail under {@code CI=true}).
 */
class ToolchainsTest {

    @TempDir
    Path dir;

    @Test
    void aMissingCompilerIsReportedWithThePackagesToInstall() {
        Toolchains.Availability a = Toolchains.check(Target.AARCH64, Toolchains.recipe(Target.AARCH64),
                dir.toString());
        assertThat(a.usable()).isFalse();
        assertThat(a.command()).isEmpty();
        assertThat(a.missing()).isEqualTo("no aarch64-linux-gnu-gcc: apt-get install gcc-aarch64-linux-gnu "
                + "linux-libc-dev-arm64-cross libc6-dev-arm64-cross");
        Toolchains.Availability i386 = Toolchains.check(Target.I386, Toolchains.recipe(Target.I386), dir.toString());
        assertThat(i386.missing()).startsWith("no i686-linux-gnu-gcc: apt-get install gcc-i686-linux-gnu ");
    }

    @Test
    void aCompilerThatCannotFindItsKernelHeadersIsMissingToo() throws Exception {
        String gcc = Toolchains.compiler(Target.X86_64).getFirst();
        // a compiler that runs, but searches no system directory: as a cross gcc without its sysroot headers
        Path fake = dir.resolve("s390x-linux-gnu-gcc");
        Files.writeString(fake, "#!/bin/sh\nexec " + gcc + " -nostdinc \"$@\"\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        Toolchains.Availability a = Toolchains.check(Target.S390X, Toolchains.recipe(Target.S390X),
                dir + ":/usr/bin:/bin");
        assertThat(a.usable()).isFalse();
        assertThat(a.missing()).startsWith("s390x-linux-gnu-gcc cannot compile <asm/types.h>, <linux/types.h> (")
                .contains("error: ").contains("asm/types.h")
                .endsWith("): apt-get install linux-libc-dev-s390x-cross libc6-dev-s390x-cross");
    }

    @Test
    void aWorkingCompilerIsFoundOnThePathGiven() {
        Toolchains.compiler(Target.X86_64);
        Toolchains.Availability a = Toolchains.check(Target.X86_64, Toolchains.recipe(Target.X86_64),
                System.getenv("PATH"));
        assertThat(a.usable()).isTrue();
        assertThat(a.command()).isNotEmpty();
        assertThat(a.missing()).isNull();
    }

    @Test
    void aMissingTargetSkipsWithItsReasonAndIsListedInTheSummary() {
        Toolchains.Availability a = new Toolchains.Availability(Target.AARCH64, List.of(),
                "no aarch64-linux-gnu-gcc: apt-get install gcc-aarch64-linux-gnu");
        Map<String, String> skipped = new TreeMap<>();
        assertThatThrownBy(() -> Toolchains.decide(a, Map.of(), skipped)).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("target aarch64 skipped: no aarch64-linux-gnu-gcc: apt-get install gcc-aarch64-linux-gnu");
        assertThat(skipped).containsExactly(Map.entry("aarch64", a.missing()));
        assertThat(ToolchainSummary.text(skipped)).contains("targets SKIPPED")
                .contains("  aarch64: no aarch64-linux-gnu-gcc: apt-get install gcc-aarch64-linux-gnu\n");
        assertThat(ToolchainSummary.text(Map.of())).isEmpty();
    }

    @Test
    void underCiAMissingTargetFails() {
        Toolchains.Availability a = new Toolchains.Availability(Target.S390X, List.of(),
                "no s390x-linux-gnu-gcc: apt-get install gcc-s390x-linux-gnu");
        Map<String, String> skipped = new TreeMap<>();
        assertThatThrownBy(() -> Toolchains.decide(a, Map.of("CI", "true"), skipped))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("CI=true and target s390x is missing: no s390x-linux-gnu-gcc: apt-get install gcc-s390x-linux-gnu");
        assertThat(skipped).isEmpty();
    }
}
