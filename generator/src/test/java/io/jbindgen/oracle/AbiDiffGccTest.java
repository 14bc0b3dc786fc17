package io.jbindgen.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jbindgen.AbiCheck;
import io.jbindgen.GenerationRequest;
import io.jbindgen.target.Target;
import io.jbindgen.abidiff.AbiChange;
import io.jbindgen.abidiff.AbiDiff;
import io.jbindgen.abidiff.ChangeKind;
import io.jbindgen.abidiff.LayoutDescription;
import io.jbindgen.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The C-level ABI diff against gcc: a corpus header from {@code /usr/include/linux} and a copy with one
 * synthetic edit; every offset, size, enumerator and request number the report gives for either version is
 * checked by gcc with {@code _Static_assert} on that version ({@code offsetof}, {@code sizeof}, the
 * enumerator, the macro), for x86_64 and i386.
 */
class AbiDiffGccTest {

    static List<Arguments> edits() {
        List<Arguments> out = new ArrayList<>();
        for (Target t : List.of(Target.X86_64, Target.I386)) {
            out.add(Arguments.of(t, "blkzoned.h", "\t__u64\twp;\t\t/* Zone write pointer position */\n",
                    "\t__u64\twp;\t\t/* Zone write pointer position */\n\t__u32\tinserted;\n",
                    List.of(ChangeKind.RECORD_SIZE_CHANGED, ChangeKind.MEMBER_MOVED, ChangeKind.MEMBER_ADDED)));
            out.add(Arguments.of(t, "blkzoned.h", "\t__u8\ttype;\t\t/* Zone type */", "\t__u32\ttype;\t\t/* Zone type */",
                    List.of(ChangeKind.MEMBER_RESIZED, ChangeKind.MEMBER_MOVED)));
            out.add(Arguments.of(t, "blkzoned.h", "BLK_ZONE_COND_READONLY\t= 0xD", "BLK_ZONE_COND_READONLY\t= 0xE",
                    List.of(ChangeKind.ENUM_CONSTANT_VALUE_CHANGED)));
            out.add(Arguments.of(t, "blkzoned.h", "struct blk_zone_range {\n\t__u64\t\tsector;",
                    "struct blk_zone_range {\n\t__u32\t\tgeneration;\n\t__u64\t\tsector;",
                    List.of(ChangeKind.RECORD_SIZE_CHANGED, ChangeKind.IOCTL_REQUEST_CHANGED)));
            out.add(Arguments.of(t, "virtio_ring.h", "\t__virtio32 len;\n\t__virtio16 flags;",
                    "\t__virtio64 len;\n\t__virtio16 flags;",
                    List.of(ChangeKind.RECORD_SIZE_CHANGED, ChangeKind.MEMBER_RESIZED, ChangeKind.MEMBER_MOVED)));
        }
        return out;
    }

    @ParameterizedTest(name = "{0} {1}: {3}")
    @MethodSource("edits")
    void everyReportedNumberIsWhatGccSays(Target target, String header, String from, String to,
            List<ChangeKind> expectedKinds) throws IOException, InterruptedException {
        GccTarget gcc = GccTarget.require(target);
        String original = Files.readString(Path.of("/usr/include/linux", header));
        assumeTrue(original.contains(from), "/usr/include/linux/" + header + " of this machine lacks: " + from);
        Path dir = Files.createTempDirectory("jbabidiff");
        Path oldDir = write(dir.resolve("old"), header, original);
        Path newDir = write(dir.resolve("new"), header, original.replace(from, to));
        List<Path> system = gcc.systemIncludeDirs();
        LayoutDescription before = layout(oldDir, header, target, system);
        LayoutDescription after = layout(newDir, header, target, system);
        List<AbiChange> changes = AbiDiff.compare(before, after);
        assertThat(changes).extracting(AbiChange::kind).containsAll(expectedKinds);

        List<String> oldClaims = new ArrayList<>();
        List<String> newClaims = new ArrayList<>();
        for (AbiChange c : changes) {
            StaticClaims.of(c, true).ifPresent(oldClaims::add);
            StaticClaims.of(c, false).ifPresent(newClaims::add);
        }
        assertThat(oldClaims.size() + newClaims.size()).isGreaterThanOrEqualTo(expectedKinds.size());
        assertThat(check(gcc, oldDir, header, system, oldClaims)).as("old version").isEmpty();
        assertThat(check(gcc, newDir, header, system, newClaims)).as("new version").isEmpty();
    }

    private static Path write(Path root, String header, String text) throws IOException {
        Path linux = Files.createDirectories(root.resolve("linux"));
        Files.writeString(linux.resolve(header), text);
        return root;
    }

    private static LayoutDescription layout(Path root, String header, Target target, List<Path> system) {
        GenerationRequest.Builder request = GenerationRequest.builder().header(root.resolve("linux").resolve(header))
                .includeDir(root).output(target, "");
        system.forEach(request::includeDir);
        Diagnostics d = new Diagnostics();
        LayoutDescription l = AbiCheck.currentLayout(request.build(), d);
        assertThat(d.hasErrors()).as(d.all().toString()).isFalse();
        return l;
    }

    /** {@return gcc's complaints about the claims (empty when gcc agrees with all)} */
    private static String check(GccTarget gcc, Path root, String header, List<Path> system, List<String> claims)
            throws IOException, InterruptedException {
        StringBuilder c = new StringBuilder("#include <stddef.h>\n#include <linux/" + header + ">\n");
        claims.forEach(x -> c.append(x).append('\n'));
        Path probe = root.resolve("probe.c");
        Files.writeString(probe, c);
        List<String> cmd = new ArrayList<>(gcc.command());
        cmd.addAll(List.of("-fsyntax-only", "-I", root.toString(), probe.toString()));
        ProcessRunner.Result r = ProcessRunner.run(cmd, root);
        return r.exitCode() == 0 ? "" : r.output();
    }
}
