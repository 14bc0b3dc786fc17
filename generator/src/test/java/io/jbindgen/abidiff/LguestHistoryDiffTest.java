package io.jbindgen.abidiff;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.AbiCheck;
import io.jbindgen.GenerationRequest;
import io.jbindgen.target.Target;
import io.jbindgen.diag.Diagnostics;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ABI change report between consecutive revisions of lguest_launcher.h (fixtures built from the
 * declaration tables of {@code notes/lguest-header-history.md}), on i386. The expected change lists are
 * read off those tables by hand.
 */
public class LguestHistoryDiffTest {
    private static final String DESC = "struct lguest_device_desc";
    private static final String REQ = "enum lguest_req";
    private static final List<String> DEVICE_MACROS = List.of("LGUEST_DEVICE_T_CONSOLE: 1", "LGUEST_DEVICE_T_NET: 2",
            "LGUEST_DEVICE_T_BLOCK: 3", "LGUEST_NET_F_NOCSUM: 16384", "LGUEST_DEVICE_F_RANDOMNESS: 32768",
            "LGUEST_DEVICE_S_ACKNOWLEDGE: 1", "LGUEST_DEVICE_S_DRIVER: 2", "LGUEST_DEVICE_S_DRIVER_OK: 4",
            "LGUEST_DEVICE_S_REMOVED: 8", "LGUEST_DEVICE_S_REMOVED_ACK: 16", "LGUEST_DEVICE_S_FAILED: 128");

    public static LayoutDescription revision(String name) {
        try {
            Path p = Path.of(LguestHistoryDiffTest.class.getResource("/lguest/" + name + ".h").toURI());
            Diagnostics d = new Diagnostics();
            LayoutDescription layout = AbiCheck.currentLayout(
                    GenerationRequest.builder().header(p).output(Target.I386, "").build(), d);
            assertThat(d.hasErrors()).as(name + ": " + d.all()).isFalse();
            return layout;
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    static Arguments step(String from, String to, List<String> expected) {
        return Arguments.of(from, to, expected);
    }

    static List<Arguments> history() {
        return List.of(
                // H1 only documents H0.
                step("H0", "H1", List.of()),
                // H2: the DMA structs go, the descriptor uses exported types, GETDMA is no longer used.
                step("H1", "H2", List.of(
                        "INCOMPATIBLE RECORD_REMOVED struct lguest_dma",
                        "INCOMPATIBLE RECORD_REMOVED struct lguest_block_page",
                        "INCOMPATIBLE RECORD_REMOVED struct lguest_net",
                        "COMPATIBLE MEMBER_RETYPED " + DESC + ".type: u16 -> __u16",
                        "COMPATIBLE MEMBER_RETYPED " + DESC + ".features: u16 -> __u16",
                        "COMPATIBLE MEMBER_RETYPED " + DESC + ".status: u16 -> __u16",
                        "COMPATIBLE MEMBER_RETYPED " + DESC + ".num_pages: u16 -> __u16",
                        "COMPATIBLE MEMBER_RETYPED " + DESC + ".pfn: u32 -> __u32",
                        "INCOMPATIBLE REQUEST_ARGUMENT_REMOVED " + REQ + ".LHREQ_GETDMA: addr")),
                // H3: 12-byte u16 descriptor becomes 3 bytes of u8 + config[]; vqconfig appears; device
                // type/feature/status macros go.
                step("H2", "H3", concat(List.of(
                        "INCOMPATIBLE RECORD_SIZE_CHANGED " + DESC + ": 12 -> 3",
                        "INCOMPATIBLE RECORD_ALIGNMENT_CHANGED " + DESC + ": 4 -> 1",
                        "INCOMPATIBLE MEMBER_RESIZED " + DESC + ".type: 2 (__u16) -> 1 (__u8)",
                        "INCOMPATIBLE MEMBER_MOVED " + DESC + ".status: 4 -> 2",
                        "INCOMPATIBLE MEMBER_RESIZED " + DESC + ".status: 2 (__u16) -> 1 (__u8)",
                        "INCOMPATIBLE MEMBER_REMOVED " + DESC + ".features: 2",
                        "INCOMPATIBLE MEMBER_REMOVED " + DESC + ".num_pages: 6",
                        "INCOMPATIBLE MEMBER_REMOVED " + DESC + ".pfn: 8",
                        "INCOMPATIBLE MEMBER_ADDED " + DESC + ".config_len: 1",
                        "INCOMPATIBLE MEMBER_ADDED " + DESC + ".config: 3",
                        "COMPATIBLE RECORD_ADDED struct lguest_vqconfig"),
                        DEVICE_MACROS.stream().map(m -> "INCOMPATIBLE MACRO_REMOVED " + m).toList())),
                // H4: the DMA leftovers go; INITIALIZE gains base and loses pageoffset.
                step("H3", "H4", List.of(
                        "INCOMPATIBLE MACRO_REMOVED LGUEST_MAX_DMA: 32",
                        "INCOMPATIBLE MACRO_REMOVED LGUEST_MAX_DMA_SECTIONS: 16",
                        "INCOMPATIBLE MACRO_REMOVED LGUEST_MAX_DEVICES: 16",
                        "INCOMPATIBLE MACRO_REMOVED LGUEST_CONSOLE_DMA_KEY: 0",
                        "INCOMPATIBLE REQUEST_ARGUMENT_REMOVED " + REQ + ".LHREQ_INITIALIZE: pageoffset",
                        "INCOMPATIBLE REQUEST_ARGUMENT_ADDED " + REQ + ".LHREQ_INITIALIZE: base")),
                // H5: num_vq and feature_len inserted after type; 3 -> 5 bytes.
                step("H4", "H5", List.of(
                        "INCOMPATIBLE RECORD_SIZE_CHANGED " + DESC + ": 3 -> 5",
                        "INCOMPATIBLE MEMBER_MOVED " + DESC + ".config_len: 1 -> 3",
                        "INCOMPATIBLE MEMBER_MOVED " + DESC + ".status: 2 -> 4",
                        "INCOMPATIBLE MEMBER_MOVED " + DESC + ".config: 3 -> 5",
                        "INCOMPATIBLE MEMBER_ADDED " + DESC + ".num_vq: 1",
                        "INCOMPATIBLE MEMBER_ADDED " + DESC + ".feature_len: 2")),
                // H6: INITIALIZE drops pgdir; LGUEST_VRING_ALIGN appears.
                step("H5", "H6", List.of(
                        "INCOMPATIBLE REQUEST_ARGUMENT_REMOVED " + REQ + ".LHREQ_INITIALIZE: pgdir",
                        "COMPATIBLE MACRO_ADDED LGUEST_VRING_ALIGN: 4096")),
                // H7: BREAK no longer used; EVENTFD = 4.
                step("H6", "H7", List.of(
                        "INCOMPATIBLE REQUEST_ARGUMENT_REMOVED " + REQ + ".LHREQ_BREAK: on/off flag",
                        "COMPATIBLE ENUM_CONSTANT_ADDED " + REQ + ".LHREQ_EVENTFD: 4")),
                // H8 re-flows comments only.
                step("H7", "H8", List.of()),
                // H9: PCI era: device page structs and the vring constant go; EVENTFD retired; three new
                // requests; lguest_pending.
                step("H8", "H9", List.of(
                        "INCOMPATIBLE RECORD_REMOVED " + DESC,
                        "INCOMPATIBLE RECORD_REMOVED struct lguest_vqconfig",
                        "COMPATIBLE RECORD_ADDED struct lguest_pending",
                        "INCOMPATIBLE REQUEST_ARGUMENT_REMOVED " + REQ + ".LHREQ_EVENTFD: address",
                        "INCOMPATIBLE REQUEST_ARGUMENT_REMOVED " + REQ + ".LHREQ_EVENTFD: fd",
                        "COMPATIBLE ENUM_CONSTANT_ADDED " + REQ + ".LHREQ_GETREG: 5",
                        "COMPATIBLE ENUM_CONSTANT_ADDED " + REQ + ".LHREQ_SETREG: 6",
                        "COMPATIBLE ENUM_CONSTANT_ADDED " + REQ + ".LHREQ_TRAP: 7",
                        "INCOMPATIBLE MACRO_REMOVED LGUEST_VRING_ALIGN: 4096")));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("history")
    void reportMatchesTheHistoryTables(String from, String to, List<String> expected) {
        List<AbiChange> changes = AbiDiff.compare(revision(from), revision(to));
        assertThat(changes.stream().map(AbiChange::toString).toList()).containsExactlyInAnyOrderElementsOf(expected);
        AbiReport report = new AbiReport(to + ".h", changes);
        boolean incompatible = expected.stream().anyMatch(s -> s.startsWith("INCOMPATIBLE"));
        assertThat(report.exitStatus()).isEqualTo(incompatible ? 1 : 0);
    }
}
