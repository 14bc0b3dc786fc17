package io.jbindgen.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.abi.Layouts;
import io.jbindgen.parse.FrontEnd;
import io.jbindgen.target.Target;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.preprocess.PreprocessorOptions;
import io.jbindgen.report.LayoutReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The completeness oracle on a header whose names are known by hand ({@code oracle/names.h}): what gcc
 * names, and that a name jbindgen's JSON neither reports nor skips is caught.
 */
class GccNamesTest {
    private static final Path HEADER = Path.of("src/test/resources/oracle/names.h").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void gccNamesRecordsEveryMemberPathEnumeratorsAndIntegerMacros() throws Exception {
        GccNames names = GccNames.of(HEADER, GccTarget.require(Target.X86_64), dir);

        assertThat(names.accepted()).isTrue();
        assertThat(names.names().records()).containsExactly(
                new DwarfNames.Rec(Set.of("struct foo"), List.of("a", "named", "named.b", "named.u", "named.u.c", "d",
                        "e", "konst", "konst.f")),
                new DwarfNames.Rec(Set.of("anon_t"), List.of("x")));
        assertThat(names.names().enumerators()).containsExactly("RED", "GREEN", "LONE");
        // not: floating, string, function-like, empty, type, pointer, undefined again, unbalanced brace
        assertThat(names.macros()).containsExactly("M_SHIFT", "M_SIZE", "M_ENUM", "M_BUILTIN", "M_AFTER_BRACE");
    }

    @Test
    void aNameTheJsonNeitherReportsNorSkipsIsMissingAndASkipIsCountedByCode() throws Exception {
        GccNames names = GccNames.of(HEADER, GccTarget.require(Target.X86_64), dir);
        Diagnostics diags = new Diagnostics();
        TranslationUnit unit = FrontEnd.parse(HEADER, PreprocessorOptions.of(Target.X86_64, List.of()), diags);
        LayoutClaims claims = LayoutClaims.parse(LayoutReport.json(unit, Layouts.compute(unit, Target.X86_64, diags),
                Target.X86_64));

        Completeness complete = Completeness.of("names.h", names, claims);
        assertThat(complete.missing()).isEmpty();
        assertThat(complete.skipped()).isEqualTo(Map.of("macros macro-not-constant", 1));
        assertThat(complete.line()).isEqualTo(" records=2/2 members=10/10 enumerators=3/3 macros=5/4 skipped=1 missing=0");

        LayoutClaims.Rec foo = claims.records().getFirst();
        LayoutClaims dropped = new LayoutClaims(claims.target(),
                List.of(new LayoutClaims.Rec(foo.c(), foo.kind(), foo.size(), foo.align(),
                        foo.fields().stream().filter(f -> !f.name().equals("named.u.c")).toList()),
                        claims.records().get(1)),
                claims.enums().stream().map(e -> new LayoutClaims.Enum(e.c(), e.size(), e.align(), e.underlying(),
                        e.constants().stream().filter(k -> !k.name().equals("LONE")).toList())).toList(),
                claims.macros().stream().filter(m -> !m.name().equals("M_SHIFT")).toList(), claims.typedefs(),
                claims.skipped().stream().filter(s -> !s.name().equals("M_BUILTIN")).toList());
        assertThat(Completeness.of("names.h", names, dropped).missing()).containsExactly(
                "names.h: struct foo.named.u.c", "names.h: enumerator LONE", "names.h: macro M_SHIFT",
                "names.h: macro M_BUILTIN");
    }
}
