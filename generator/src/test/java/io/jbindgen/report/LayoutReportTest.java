package io.jbindgen.report;

import static io.jbindgen.abi.UnitBuilder.bits;
import static io.jbindgen.abi.UnitBuilder.field;
import static io.jbindgen.abi.UnitBuilder.scalar;
import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.abi.Layouts;
import io.jbindgen.parse.FrontEnd;
import io.jbindgen.target.Target;
import io.jbindgen.abi.UnitBuilder;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.CType;
import io.jbindgen.model.ScalarKind;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.preprocess.PreprocessorOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report formats on a small unit whose numbers gcc gave (x86_64, gcc 12): {@code struct s { char c;
 * union { int i; struct { short lo, hi; }; }; unsigned :3; unsigned b:2; }} is 12 bytes, 4-aligned,
 * i/lo at 4, hi at 6, b at bit 67; {@code struct t { int a; struct { char x; int y; } in; }} is 12 bytes,
 * {@code in} at 4 (8 bytes), {@code in.x} at 4, {@code in.y} at 8.
 */
class LayoutReportTest {

    private static TranslationUnit unit() {
        UnitBuilder b = new UnitBuilder("t.h");
        CType.Record halves = b.struct(null, field("lo", scalar(ScalarKind.SHORT)), field("hi", scalar(ScalarKind.SHORT)));
        CType.Record either = b.union(null, field("i", scalar(ScalarKind.INT)), field(null, halves));
        b.struct("s", field("c", scalar(ScalarKind.CHAR)), field(null, either),
                bits(null, scalar(ScalarKind.UNSIGNED_INT), 3), bits("b", scalar(ScalarKind.UNSIGNED_INT), 2));
        b.typedef("pair_t", b.struct(null, field("x", scalar(ScalarKind.LONG))));
        b.enumeration(null, ScalarKind.UNSIGNED_INT, "BIG", 0xffffffffL);
        b.enumeration("neg", ScalarKind.INT, "MINUS", -1);
        b.macro("ALL_ONES", -1, ScalarKind.UNSIGNED_LONG);
        b.macro("MINUS_TWO", -2, ScalarKind.INT);
        CType.Record inner = b.struct(null, field("x", scalar(ScalarKind.CHAR)), field("y", scalar(ScalarKind.INT)));
        b.struct("t", field("a", scalar(ScalarKind.INT)), field("in", inner));
        b.struct(null, field("lost", scalar(ScalarKind.INT)));
        b.skippedMacro("HALF", "macro-floating", "floating constant");
        return b.build();
    }

    @Test
    void jsonFollowsTheSchema() {
        TranslationUnit unit = unit();
        Layouts layouts = Layouts.compute(unit, Target.X86_64, new Diagnostics());
        assertThat(LayoutReport.json(unit, layouts, Target.X86_64)).isEqualTo("""
                {
                  "target": "x86_64",
                  "schemaVersion": 2,
                  "records": [
                    {
                      "c": "struct s",
                      "kind": "struct",
                      "size": 12,
                      "align": 4,
                      "fields": [
                        {"name": "c", "type": "char", "offset": 0, "size": 1},
                        {"name": "i", "type": "int", "offset": 4, "size": 4},
                        {"name": "lo", "type": "short", "offset": 4, "size": 2},
                        {"name": "hi", "type": "short", "offset": 6, "size": 2},
                        {"name": "b", "type": "unsigned int", "bitOffset": 67, "bitWidth": 2}
                      ]
                    },
                    {
                      "c": "pair_t",
                      "kind": "struct",
                      "size": 8,
                      "align": 8,
                      "fields": [
                        {"name": "x", "type": "long", "offset": 0, "size": 8}
                      ]
                    },
                    {
                      "c": "struct t",
                      "kind": "struct",
                      "size": 12,
                      "align": 4,
                      "fields": [
                        {"name": "a", "type": "int", "offset": 0, "size": 4},
                        {"name": "in", "type": "struct (anonymous at t.h:12:5)", "offset": 4, "size": 8},
                        {"name": "in.x", "type": "char", "offset": 4, "size": 1},
                        {"name": "in.y", "type": "int", "offset": 8, "size": 4}
                      ]
                    }
                  ],
                  "enums": [
                    {
                      "size": 4,
                      "align": 4,
                      "underlying": "unsigned int",
                      "constants": [
                        {"name": "BIG", "value": 4294967295}
                      ]
                    },
                    {
                      "c": "enum neg",
                      "size": 4,
                      "align": 4,
                      "underlying": "int",
                      "constants": [
                        {"name": "MINUS", "value": -1}
                      ]
                    }
                  ],
                  "macros": [
                    {"name": "ALL_ONES", "value": 18446744073709551615, "type": "unsigned long"},
                    {"name": "MINUS_TWO", "value": -2, "type": "int"}
                  ],
                  "typedefs": [
                    {"name": "pair_t", "size": 8, "align": 8}
                  ],
                  "skipped": [
                    {"name": "HALF", "kind": "macro", "code": "macro-floating", "reason": "floating constant", "line": 15},
                    {"name": "struct (anonymous at t.h:14:6)", "kind": "struct", "code": "record-unnamed", "reason": "anonymous record no typedef or member names", "line": 14}
                  ]
                }
                """);
    }

    @Test
    void textShowsHolesPaddingAndBits() {
        TranslationUnit unit = unit();
        Layouts layouts = Layouts.compute(unit, Target.X86_64, new Diagnostics());
        String text = LayoutReport.text(unit, layouts, Target.X86_64);
        assertThat(text).startsWith("/* t.h on x86_64 */");
        assertThat(text).contains("struct s {\n\tchar                       c;")
                .contains("/* XXX 3 bytes hole, try to pack */")
                .contains("\tunion {\n\t\tint                        i;")
                .contains("/* XXX 3 bits hole */")
                .contains("unsigned int               b:2;")
                .contains("/*     8: 3    1 */")
                .contains("/* padding: 3 */")
                .contains("/* size: 12, align: 4, members: 4 */")
                .contains("/* sum holes: 3 bytes in 1 holes */");
    }

    /**
     * Members of record type keep their name and the type's tag, as pahole prints them: a tagged type on
     * one line, an untagged one expanded with the member name after the closing brace. The offsets are
     * gcc's (x86_64, gcc 12, {@code offsetof}/{@code sizeof} of each member).
     */
    @Test
    void nestedRecordMembersKeepTheirNameAndTag(@TempDir Path dir) throws IOException {
        Path header = Files.writeString(dir.resolve("ring.h"), """
                #include <linux/types.h>
                struct ring_slot { __u64 addr; __u32 len; __u16 flags, next; };
                struct ring_head {
                \t__u32 magic;
                \t__u16 produced, consumed;
                \tstruct ring_slot first;
                \tstruct { __u32 lo, hi; } window;
                \tunion { __u32 word; __u8 bytes[4]; };
                \tstruct ring_tail { __u32 seq; } tail;
                };
                """);
        Diagnostics diagnostics = new Diagnostics();
        TranslationUnit unit = FrontEnd.parse(header, PreprocessorOptions.of(Target.X86_64, List.of()), diagnostics);
        assertThat(diagnostics.all()).isEmpty();
        Layouts layouts = Layouts.compute(unit, Target.X86_64, diagnostics);
        String text = LayoutReport.text(unit, layouts, Target.X86_64);
        String head = text.substring(text.indexOf("struct ring_head {"));
        assertThat(head.substring(0, head.indexOf("};\n\n") + 3)).isEqualTo("""
                struct ring_head {
                \t__u32                      magic;                              /*     0     4 */
                \t__u16                      produced;                           /*     4     2 */
                \t__u16                      consumed;                           /*     6     2 */
                \tstruct ring_slot           first;                              /*     8    16 */
                \tstruct {
                \t\t__u32                      lo;                                /*    24     4 */
                \t\t__u32                      hi;                                /*    28     4 */
                \t} window;                                                      /*    24     8 */
                \tunion {
                \t\t__u32                      word;                              /*    32     4 */
                \t\t__u8                       bytes[4];                          /*    32     4 */
                \t};                                                             /*    32     4 */
                \tstruct ring_tail           tail;                               /*    36     4 */

                \t/* size: 40, align: 8, members: 7 */
                };
                """);
    }
}
