package io.jbindgen.report;

import static io.jbindgen.abi.UnitBuilder.bits;
import static io.jbindgen.abi.UnitBuilder.field;
import static io.jbindgen.abi.UnitBuilder.scalar;
import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.abi.Layouts;
import io.jbindgen.abi.Target;
import io.jbindgen.abi.UnitBuilder;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.CType;
import io.jbindgen.model.ScalarKind;
import io.jbindgen.model.TranslationUnit;
import org.junit.jupiter.api.Test;

/**
 * The report formats on a small unit whose numbers gcc gave (x86_64, gcc 12): {@code struct s { char c;
 * union { int i; struct { short lo, hi; }; }; unsigned :3; unsigned b:2; }} is 12 bytes, 4-aligned,
 * i/lo at 4, hi at 6, b at bit 67.
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
                    }
                  ],
                  "enums": [
                    {
                      "constants": [
                        {"name": "BIG", "value": 4294967295}
                      ]
                    },
                    {
                      "c": "enum neg",
                      "constants": [
                        {"name": "MINUS", "value": -1}
                      ]
                    }
                  ],
                  "macros": [
                    {"name": "ALL_ONES", "value": 18446744073709551615, "type": "unsigned long"},
                    {"name": "MINUS_TWO", "value": -2, "type": "int"}
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
}
