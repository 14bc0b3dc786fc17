package io.jbindgen.abi;

import static io.jbindgen.abi.UnitBuilder.bits;
import static io.jbindgen.abi.UnitBuilder.field;
import static io.jbindgen.abi.UnitBuilder.scalar;
import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.diag.Diagnostic;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.CType;
import io.jbindgen.model.Declaration;
import io.jbindgen.model.RecordKind;
import io.jbindgen.model.ScalarKind;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.model.TypedefDecl;
import io.jbindgen.target.Target;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The layout engine on the fixture header's hand-built model. Every expected number below was printed
 * by gcc 12 (x86_64, {@code -m32}, aarch64-linux-gnu, s390x-linux-gnu) compiling
 * {@code src/test/resources/abi/fixture.h} with {@code sizeof}/{@code _Alignof}/{@code offsetof}
 * initialisers read back from {@code -S} output; the gcc differential test re-checks all of them live.
 */
class LayoutsTest {
    private static final String[] RECORDS = {"struct lguest_device_desc", "struct lguest_vqconfig",
        "struct aligned_pfn", "struct bits", "struct packed_bits", "struct anon", "union u", "struct arr",
        "struct withpad", "struct fam", "struct nested", "anon_t", "struct zw", "struct fieldattr", "union ubits",
        "struct ptrs"};
    private static final String[] OFFSETS = {"struct lguest_vqconfig.pfn", "struct aligned_pfn.pfn",
        "struct aligned_pfn.small", "struct bits.e", "struct anon.hi", "struct anon.tail", "struct arr.d",
        "struct withpad.d", "struct fam.data", "struct nested.c", "struct zw.b", "struct fieldattr.b",
        "struct fieldattr.c", "struct fieldattr.d", "struct ptrs.ld"};

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x86_64 |5/1 16/8 24/8 24/8 10/1 8/4 4/2 24/8 32/32 8/8 24/8 8/4 6/1 32/16 4/4 48/16 |8 8 16 16 6 8 16 16 8 20 4 16 20 21 32",
        "i386   |5/1 12/4 24/8 20/4 10/1 8/4 4/2 24/4 32/32 4/4 20/4 8/4 6/1 32/16 4/4 24/4  |4 8 16 16 6 8 16 8 4 16 4 16 20 21 12",
        "aarch64|5/1 16/8 24/8 24/8 10/1 8/4 4/2 24/8 32/32 8/8 24/8 8/4 8/4 32/16 8/8 48/16 |8 8 16 16 6 8 16 16 8 20 4 16 20 21 32",
        "s390x  |5/1 16/8 24/8 24/8 10/1 8/4 4/2 24/8 32/32 8/8 24/8 8/4 6/1 32/16 4/4 40/8  |8 8 16 16 6 8 16 16 8 20 4 16 20 21 24"})
    void fixtureMatchesGcc(String targetName, String sizes, String offsets) {
        Target target = Target.byName(targetName.strip()).orElseThrow();
        TranslationUnit unit = LayoutFixture.unit();
        Diagnostics diags = new Diagnostics();
        Layouts layouts = Layouts.compute(unit, target, diags);
        assertThat(diags.all()).isEmpty();

        List<String> actual = new ArrayList<>();
        for (String r : RECORDS) {
            CType t = typeNamed(unit, r);
            actual.add(layouts.sizeOf(t) + "/" + layouts.alignOf(t));
        }
        assertThat(String.join(" ", actual)).isEqualTo(sizes.strip());

        List<String> actualOffsets = new ArrayList<>();
        for (String o : OFFSETS) {
            String[] parts = o.split("\\.");
            actualOffsets.add(Long.toString(offsetBits(layouts, layouts.record(parts[0]).orElseThrow(), parts[1]) / 8));
        }
        assertThat(String.join(" ", actualOffsets)).isEqualTo(offsets.strip());
    }

    @ParameterizedTest
    @CsvSource({"x86_64, 0 32 62 64", "i386, 0 32 62 64", "aarch64, 0 32 62 64", "s390x, 0 32 62 64"})
    void bitfieldsSkipToTheNextUnitOfTheirType(String targetName, String expected) {
        // gcc (-c, then readelf of an initialised 'struct bits' with each field all ones) put a, b, c, d here
        Layouts layouts = Layouts.compute(LayoutFixture.unit(), Target.byName(targetName).orElseThrow(), new Diagnostics());
        RecordLayout bits = layouts.record("struct bits").orElseThrow();
        List<String> starts = bits.fields().stream().limit(4).map(f -> Long.toString(f.offsetBits())).toList();
        assertThat(String.join(" ", starts)).isEqualTo(expected);
    }

    @Test
    void incompleteMemberGivesAnErrorAndNoLayout() {
        UnitBuilder b = new UnitBuilder("t.h");
        CType.Record fwd = b.forward(RecordKind.STRUCT, "later");
        b.struct("holder", field("x", fwd));
        b.struct("outer", field("h", b.struct("inner", field("p", new CType.Pointer(fwd)))));
        b.struct("uses_holder", field("h", new CType.Record(RecordKind.STRUCT, "struct holder")));
        Diagnostics diags = new Diagnostics();
        Layouts layouts = Layouts.compute(b.build(), Target.X86_64, diags);
        assertThat(layouts.record("struct holder")).isEmpty();
        assertThat(layouts.record("struct uses_holder")).isEmpty();
        assertThat(layouts.record("struct outer")).isPresent();
        assertThat(diags.errorCount()).isEqualTo(1);
        assertThat(diags.all().getFirst().format()).contains("incomplete type").contains("[incomplete-type]");
        assertThat(layouts.sizeOf(fwd)).isEqualTo(-1);
    }

    @Test
    void recordContainingItselfIsReportedNotOverflowed() {
        UnitBuilder b = new UnitBuilder("t.h");
        b.struct("a", field("b", new CType.Record(RecordKind.STRUCT, "struct b")));
        b.struct("b", field("a", new CType.Record(RecordKind.STRUCT, "struct a")));
        Diagnostics diags = new Diagnostics();
        Layouts layouts = Layouts.compute(b.build(), Target.I386, diags);
        assertThat(layouts.record("struct a")).isEmpty();
        assertThat(diags.all()).extracting(Diagnostic::code).contains("recursive-record");
    }

    @Test
    void deepNestingIsBounded() {
        // declared innermost first, each record is laid out from memoized members: no deep recursion
        UnitBuilder shallow = new UnitBuilder("t.h");
        for (int i = 0; i < 5000; i++) {
            shallow.struct("s" + i, field("m", member(i)));
        }
        Diagnostics diags = new Diagnostics();
        assertThat(Layouts.compute(shallow.build(), Target.X86_64, diags).record("struct s4999")).isPresent();
        assertThat(diags.all()).isEmpty();
        // declared outermost first, laying out s4999 needs all 5000 levels at once: reported, not overflowed
        UnitBuilder deep = new UnitBuilder("t.h");
        for (int i = 4999; i >= 0; i--) {
            deep.struct("s" + i, field("m", member(i)));
        }
        Diagnostics deepDiags = new Diagnostics();
        Layouts.compute(deep.build(), Target.X86_64, deepDiags);
        assertThat(deepDiags.all()).extracting(Diagnostic::code).contains("nesting-too-deep");
    }

    private static CType member(int level) {
        return level == 0 ? scalar(ScalarKind.INT) : new CType.Record(RecordKind.STRUCT, "struct s" + (level - 1));
    }

    @Test
    void int128DoesNotExistOnI386() {
        UnitBuilder b = new UnitBuilder("t.h");
        b.struct("w", field("x", scalar(ScalarKind.INT128)), bits("y", scalar(ScalarKind.INT), 33));
        Diagnostics diags = new Diagnostics();
        Layouts.compute(b.build(), Target.I386, diags);
        assertThat(diags.all()).extracting(Diagnostic::code).containsExactly("unsupported-type");
        Diagnostics x64 = new Diagnostics();
        Layouts.compute(b.build(), Target.X86_64, x64);
        assertThat(x64.all()).extracting(Diagnostic::code).containsExactly("bitfield-width");
    }

    @Test
    void gnuAlignofDiffersFromC11AlignofOnI386() {
        // gcc -m32: __alignof__ of long long, long long[2], enum {0x100000000LL}, struct {long long},
        // typedef long long, typedef long long aligned(4), double, long double = 8 8 8 4 8 4 8 4
        UnitBuilder b = new UnitBuilder("t.h");
        CType ll = scalar(ScalarKind.LONG_LONG);
        CType big = b.enumeration("big", ScalarKind.LONG_LONG, "B", 0x100000000L);
        CType.Record sl = b.struct("sl", field("x", ll));
        CType tl = b.typedef("tl", ll);
        CType tl4 = b.typedef("tl4", ll, UnitBuilder.aligned(4));
        Layouts l = Layouts.compute(b.build(), Target.I386, new Diagnostics());
        List<CType> types = List.of(ll, UnitBuilder.array(ll, 2), big, sl, tl, tl4, scalar(ScalarKind.DOUBLE),
                scalar(ScalarKind.LONG_DOUBLE));
        assertThat(types.stream().map(l::preferredAlignOf).toList()).containsExactly(8L, 8L, 8L, 4L, 8L, 4L, 8L, 4L);
        assertThat(types.stream().map(l::alignOf).toList()).containsExactly(4L, 4L, 4L, 4L, 4L, 4L, 4L, 4L);
    }

    static CType typeNamed(TranslationUnit unit, String spelling) {
        for (Declaration d : unit.declarations()) {
            if (d instanceof TypedefDecl t && t.name().equals(spelling)) {
                return new CType.Typedef(t.name(), t.type());
            }
        }
        String[] kw = spelling.split(" ", 2);
        return new CType.Record(kw[0].equals("union") ? RecordKind.UNION : RecordKind.STRUCT, spelling);
    }

    private static long offsetBits(Layouts layouts, RecordLayout layout, String name) {
        for (FieldLayout f : layout.fields()) {
            if (name.equals(f.field().name())) {
                return f.offsetBits();
            }
            if (f.field().isAnonymous() && !f.field().isBitfield()
                    && f.field().type().canonical() instanceof CType.Record r) {
                long inner = offsetBits(layouts, layouts.record(r.key()).orElseThrow(), name);
                if (inner >= 0) {
                    return f.offsetBits() + inner;
                }
            }
        }
        return -1;
    }
}
