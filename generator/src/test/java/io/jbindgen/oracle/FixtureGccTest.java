package io.jbindgen.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.abi.LayoutFixture;
import io.jbindgen.target.Target;
import io.jbindgen.abi.UnitBuilder;
import io.jbindgen.model.ScalarKind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fixture header's hand-built model, laid out by jbindgen, checked number by number by each target's gcc. */
class FixtureGccTest {

    @ParameterizedTest
    @ValueSource(strings = {"x86_64", "i386", "aarch64", "s390x", "armhf", "riscv64", "ppc64el", "mips64el"})
    void everyNumberEqualsGccs(String targetName) throws Exception {
        GccTarget gcc = GccTarget.require(Target.byName(targetName).orElseThrow());

        Differential.Outcome out = Differential.run(LayoutFixture.unit(), LayoutFixture.HEADER, gcc);

        assertThat(out.layoutDiagnostics().all()).isEmpty();
        assertThat(out.verdict().headerErrors()).isEmpty();
        assertThat(out.verdict().mismatches()).isEmpty();
        // 141: 16 records (size+align), 44 members, 10 bitfields, 4 enum constants, 4 macros + types;
        // enum small: size, align, underlying type (3); 7 typedefs: size, align (14)
        assertThat(out.verdict().compared()).isEqualTo(158);
    }

    @Test
    void oracleCatchesWrongNumbersAndNamesThem() throws Exception {
        GccTarget i386 = GccTarget.require(Target.I386);
        // x86_64 layouts judged by the i386 compiler must fail, with both numbers named
        Differential.Outcome out = Differential.run(LayoutFixture.unit(), LayoutFixture.HEADER, Target.X86_64, i386);
        assertThat(out.verdict().mismatches())
                .contains("fixture.h [i386]: sizeof(struct lguest_vqconfig): jbindgen says 16, gcc says 12")
                .contains("fixture.h [i386]: offsetof struct lguest_vqconfig.pfn: jbindgen says 8, gcc says 4")
                .contains("fixture.h [i386]: value of FIX_LONG: jbindgen says 1099511627776, gcc says 0");
    }

    @Test
    void claimsGccCannotEvaluateAloneAreSetApartNotMismatched() throws Exception {
        GccTarget gcc = GccTarget.require(Target.X86_64);
        Path header = Path.of("src/test/resources/abi/undeclared.h").toAbsolutePath();
        UnitBuilder b = new UnitBuilder(header.toString());
        b.macro("NEEDS_SIZE_T", 16, ScalarKind.UNSIGNED_LONG);
        b.macro("ALSO_SIZE_T", 9, ScalarKind.UNSIGNED_LONG);
        b.macro("PLAIN", 4, ScalarKind.INT);
        Verdict v = Differential.run(b.build(), header, gcc).verdict();
        assertThat(v.headerRejected()).isFalse();
        // gcc names the undeclared size_t once; the second macro is asked about alone
        assertThat(v.unverifiable()).hasSize(4).allMatch(u -> u.contains("size_t’ undeclared"));
        assertThat(v.unverifiable()).anyMatch(u -> u.contains("value of ALSO_SIZE_T = 9"));
        assertThat(v.mismatches()).containsExactly("undeclared.h [x86_64]: value of PLAIN: jbindgen says 4, gcc says 3");
    }

    @Test
    void bitfieldProbeCatchesWrongByteOrder() throws Exception {
        GccTarget s390x = GccTarget.require(Target.S390X);
        Differential.Outcome out = Differential.run(LayoutFixture.unit(), LayoutFixture.HEADER, Target.AARCH64, s390x);
        assertThat(out.verdict().mismatches())
                .anyMatch(m -> m.startsWith("fixture.h [s390x]: bitfield struct bits.a (bitOffset 0, bitWidth 3): "
                        + "jbindgen predicts bytes 07000000"));
    }
}
