package io.jbindgen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.target.Target;
import io.jbindgen.oracle.Toolchains;
import io.jbindgen.output.GeneratedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Byte-exact interop on system headers with bitfields ({@code iphdr}, {@code tcphdr}), big-endian
 * typedefs, a packed-size record ({@code ethhdr}), anonymous unions ({@code virtio_net_hdr_v1}) and
 * flexible arrays ({@code vring_used}), and a fixture of multi-dimensional arrays: bindings come from the
 * front end, the layout engine and the emitter; the C side from gcc.
 */
class CorpusInteropTest {
    private static final List<String> HEADERS = List.of("if_ether", "ip", "tcp", "virtio_ring", "virtio_net", "kvm");

    @TempDir
    Path tmp;

    @Test
    void systemHeaderStructsAgreeWithGcc() throws Throwable {
        Toolchains.require(Target.X86_64);
        List<GeneratedFile> files = new ArrayList<>();
        for (String h : HEADERS) {
            Path header = Path.of("/usr/include/linux/" + h + ".h");
            HeaderBindings.Result r = HeaderBindings.generate(header, Target.X86_64, "c." + h,
                    HeaderBindings.SYSTEM_INCLUDES);
            assertThat(r.errors()).as(header.toString()).isEmpty();
            files.addAll(r.files());
        }
        assertThat(CInteropTest.runDriver(tmp, files, "corpus_interop.c", "c.CorpusDriver")).isEqualTo("");
    }

    /** Multi-dimensional arrays ({@code arrays.h}, built-in kernel types) through the front end, judged by gcc. */
    @Test
    void multiDimensionalArraysAgreeWithGcc() throws Throwable {
        Path header = tmp.resolve("arrays.h");
        Files.writeString(header, CInteropTest.resource("arrays.h"));
        HeaderBindings.Result r = HeaderBindings.generate(header, Target.X86_64, "t.arrays", List.of());
        assertThat(r.errors()).isEmpty();
        assertThat(CInteropTest.runDriver(tmp, r.files(), "arrays_interop.c", "t.arrays.ArraysDriver")).isEqualTo("");
    }
}
