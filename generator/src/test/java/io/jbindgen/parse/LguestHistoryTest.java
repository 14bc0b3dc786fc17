package io.jbindgen.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.target.Target;
import io.jbindgen.model.Comment;
import io.jbindgen.model.EnumConstant;
import io.jbindgen.model.FieldDecl;
import io.jbindgen.model.RecordDecl;
import io.jbindgen.model.ScalarKind;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every historical revision of lguest_launcher.h (reconstructed from
 * {@code notes/lguest-header-history.md} as fixtures), through the whole front end for i386, the
 * lguest ABI, with no system headers.
 */
class LguestHistoryTest {

    static FrontEndSupport revision(String name) {
        try {
            Path p = Path.of(LguestHistoryTest.class.getResource("/lguest/" + name + ".h").toURI());
            FrontEndSupport r = FrontEndSupport.run(p, Target.I386, List.of());
            assertThat(r.errors()).as(name).isEmpty();
            return r;
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    static List<String> fields(FrontEndSupport r, String key) {
        RecordDecl rec = r.main().record(key);
        return rec.fields().stream().map(f -> f.name() + ":" + f.type().spelling()
                + (f.isBitfield() ? ":" + f.bitWidth() : "")).toList();
    }

    static Map<String, Long> constants(FrontEndSupport r) {
        return r.main().enumeration("enum lguest_req").constants().stream()
                .collect(java.util.stream.Collectors.toMap(EnumConstant::name, EnumConstant::value,
                        (a, b) -> a, java.util.LinkedHashMap::new));
    }

    static List<String> enumComments(FrontEndSupport r) {
        return r.main().enumeration("enum lguest_req").constants().stream()
                .map(c -> c.doc().map(Comment::text).orElse(null)).toList();
    }

    static final Map<String, Long> REQ4 = Map.of("LHREQ_INITIALIZE", 0L, "LHREQ_GETDMA", 1L, "LHREQ_IRQ", 2L,
            "LHREQ_BREAK", 3L);

    static final Map<String, Long> DEVICE_MACROS = Map.ofEntries(Map.entry("LGUEST_DEVICE_T_CONSOLE", 1L),
            Map.entry("LGUEST_DEVICE_T_NET", 2L), Map.entry("LGUEST_DEVICE_T_BLOCK", 3L),
            Map.entry("LGUEST_NET_F_NOCSUM", 0x4000L), Map.entry("LGUEST_DEVICE_F_RANDOMNESS", 0x8000L),
            Map.entry("LGUEST_DEVICE_S_ACKNOWLEDGE", 1L), Map.entry("LGUEST_DEVICE_S_DRIVER", 2L),
            Map.entry("LGUEST_DEVICE_S_DRIVER_OK", 4L), Map.entry("LGUEST_DEVICE_S_REMOVED", 8L),
            Map.entry("LGUEST_DEVICE_S_REMOVED_ACK", 16L), Map.entry("LGUEST_DEVICE_S_FAILED", 128L),
            Map.entry("LGUEST_MAX_DMA", 32L), Map.entry("LGUEST_MAX_DMA_SECTIONS", 16L),
            Map.entry("LGUEST_MAX_DEVICES", 16L), Map.entry("LGUEST_CONSOLE_DMA_KEY", 0L));

    static void assertMacros(FrontEndSupport r, Map<String, Long> expected) {
        expected.forEach((name, value) -> assertThat(r.intMacro(name)).as(name).isEqualTo(value));
        assertThat(r.mainMacroNames()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    }

    @Test
    void h0InitialMerge() {
        FrontEndSupport r = revision("H0");
        assertThat(fields(r, "struct lguest_dma")).containsExactly("used_len:u32", "addr:unsigned long[16]", "len:u16[16]");
        assertThat(fields(r, "struct lguest_block_page")).containsExactly("type:int", "sector:u32", "bytes:u32",
                "result:int", "num_sectors:u32");
        assertThat(fields(r, "struct lguest_net")).containsExactly("mac:unsigned char[6]");
        assertThat(fields(r, "struct lguest_device_desc")).containsExactly("type:u16", "features:u16", "status:u16",
                "num_pages:u16", "pfn:u32");
        assertThat(constants(r)).isEqualTo(REQ4);
        assertThat(enumComments(r)).containsExactly("+ pfnlimit, pgdir, start, pageoffset",
                "+ addr (returns &lguest_dma, irq in ->used_len)", "+ irq",
                "+ on/off flag (on blocks until someone does off)");
        assertMacros(r, DEVICE_MACROS);
        assertThat(((io.jbindgen.model.MacroDecl.Integer) r.macro("LGUEST_NET_F_NOCSUM")).doc().map(Comment::text))
                .contains("Don't bother checksumming");
        assertThat(r.main().field("struct lguest_block_page", "sector").doc().map(Comment::text))
                .contains("Offset in device = sector * 512.");
    }

    @Test
    void h1SameDeclarationsDocumented() {
        FrontEndSupport h0 = revision("H0");
        FrontEndSupport r = revision("H1");
        for (String key : List.of("struct lguest_dma", "struct lguest_block_page", "struct lguest_net",
                "struct lguest_device_desc")) {
            assertThat(fields(r, key)).isEqualTo(fields(h0, key));
        }
        assertThat(constants(r)).isEqualTo(REQ4);
        assertMacros(r, DEVICE_MACROS);
        assertThat(r.main().record("struct lguest_dma").doc().map(Comment::text).orElseThrow()).startsWith("D:200");
        assertThat(r.main().field("struct lguest_dma", "used_len").doc().map(Comment::text))
                .contains("0 if free to be used, filled by the Host.");
        assertThat(r.main().record("struct lguest_device_desc").doc().map(Comment::text).orElseThrow()).startsWith("D:010");
    }

    @Test
    void h2VirtioConversionInProgress() {
        FrontEndSupport r = revision("H2");
        assertThat(r.main().declarations()).noneMatch(d -> d instanceof RecordDecl rec
                && List.of("struct lguest_dma", "struct lguest_block_page", "struct lguest_net").contains(rec.key()));
        assertThat(fields(r, "struct lguest_device_desc")).containsExactly("type:__u16", "features:__u16",
                "status:__u16", "num_pages:__u16", "pfn:__u32");
        assertThat(constants(r)).isEqualTo(REQ4);
        assertThat(enumComments(r).get(1)).isEqualTo("No longer used");
        assertMacros(r, DEVICE_MACROS);
    }

    @Test
    void h3FirstVirtioDescriptor() {
        FrontEndSupport r = revision("H3");
        assertThat(fields(r, "struct lguest_device_desc")).containsExactly("type:__u8", "config_len:__u8",
                "status:__u8", "config:__u8[0]");
        assertThat(fields(r, "struct lguest_vqconfig")).containsExactly("num:__u16", "irq:__u16", "pfn:__u32");
        assertThat(constants(r)).isEqualTo(REQ4);
        assertThat(enumComments(r).getFirst()).isEqualTo("+ pfnlimit, pgdir, start, pageoffset");
        assertMacros(r, Map.of("LGUEST_MAX_DMA", 32L, "LGUEST_MAX_DMA_SECTIONS", 16L, "LGUEST_MAX_DEVICES", 16L,
                "LGUEST_CONSOLE_DMA_KEY", 0L));
        assertThat(r.main().field("struct lguest_device_desc", "type").doc().map(Comment::text).orElseThrow())
                .contains("Type 0 terminates.");
    }

    @Test
    void h4Release2624() {
        FrontEndSupport r = revision("H4");
        assertThat(fields(r, "struct lguest_device_desc")).containsExactly("type:__u8", "config_len:__u8",
                "status:__u8", "config:__u8[0]");
        assertThat(fields(r, "struct lguest_vqconfig")).containsExactly("num:__u16", "irq:__u16", "pfn:__u32");
        assertThat(constants(r)).isEqualTo(REQ4);
        assertThat(enumComments(r)).containsExactly("+ base, pfnlimit, pgdir, start", "No longer used", "+ irq",
                "+ on/off flag (on blocks until someone does off)");
        assertMacros(r, Map.of());
    }

    static final List<String> DESC5 = List.of("type:__u8", "num_vq:__u8", "feature_len:__u8", "config_len:__u8",
            "status:__u8", "config:__u8[0]");

    @Test
    void h5FeatureBitsAndNumVq() {
        FrontEndSupport r = revision("H5");
        assertThat(fields(r, "struct lguest_device_desc")).isEqualTo(DESC5);
        assertThat(fields(r, "struct lguest_vqconfig")).containsExactly("num:__u16", "irq:__u16", "pfn:__u32");
        assertThat(constants(r)).isEqualTo(REQ4);
        assertThat(enumComments(r).getFirst()).isEqualTo("+ base, pfnlimit, pgdir, start");
        assertMacros(r, Map.of());
    }

    @Test
    void h6VringAlignment() {
        FrontEndSupport r = revision("H6");
        assertThat(fields(r, "struct lguest_device_desc")).isEqualTo(DESC5);
        assertThat(constants(r)).isEqualTo(REQ4);
        assertThat(enumComments(r)).containsExactly("+ base, pfnlimit, start", "No longer used", "+ irq",
                "+ on/off flag (on blocks until someone does off)");
        assertMacros(r, Map.of("LGUEST_VRING_ALIGN", 4096L));
        assertThat(r.macro("LGUEST_VRING_ALIGN").doc().map(Comment::text).orElseThrow())
                .endsWith("x86 pagesize for historical reasons.");
    }

    @Test
    void h7AndH8Eventfd() {
        for (String rev : List.of("H7", "H8")) {
            FrontEndSupport r = revision(rev);
            assertThat(fields(r, "struct lguest_device_desc")).isEqualTo(DESC5);
            assertThat(constants(r)).containsExactly(Map.entry("LHREQ_INITIALIZE", 0L), Map.entry("LHREQ_GETDMA", 1L),
                    Map.entry("LHREQ_IRQ", 2L), Map.entry("LHREQ_BREAK", 3L), Map.entry("LHREQ_EVENTFD", 4L));
            assertThat(enumComments(r)).containsExactly("+ base, pfnlimit, start", "No longer used", "+ irq",
                    "No longer used", "+ address, fd.");
            assertMacros(r, Map.of("LGUEST_VRING_ALIGN", 4096L));
            assertThat(r.main().enumeration("enum lguest_req").underlying()).isEqualTo(ScalarKind.UNSIGNED_INT);
        }
    }

    @Test
    void h9PciEra() {
        FrontEndSupport r = revision("H9");
        assertThat(r.main().declarations()).noneMatch(d -> d instanceof RecordDecl rec
                && rec.key().equals("struct lguest_device_desc"));
        assertThat(constants(r).values()).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(constants(r).keySet()).endsWith("LHREQ_GETREG", "LHREQ_SETREG", "LHREQ_TRAP");
        assertThat(enumComments(r).subList(4, 8)).containsExactly("No longer used.",
                "+ offset within struct pt_regs (then read value).", "+ offset within struct pt_regs, value.",
                "+ trap number to deliver to guest.");
        assertThat(fields(r, "struct lguest_pending")).containsExactly("trap:__u8", "insn:__u8[7]", "addr:__u32");
        assertThat(r.main().record("struct lguest_pending").fields()).noneMatch(FieldDecl::isBitfield);
        assertMacros(r, Map.of());
    }
}
