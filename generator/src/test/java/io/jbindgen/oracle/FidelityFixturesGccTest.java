package io.jbindgen.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.parse.FrontEnd;
import io.jbindgen.target.Target;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.MacroDecl;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.preprocess.PreprocessorOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Minimised inputs on which jbindgen once disagreed with gcc (issue 11's fault classes), through the
 * whole front end and layout, every number judged by each target's gcc. The count of numbers gcc
 * judged is pinned, so a fixture whose declarations silently go missing fails too.
 */
class FidelityFixturesGccTest {

    /**
     * {@code numbers} is what the fixture holds: lone_cr.h has 5 macros (value and type each), 2
     * enumerators, enum cr_enum's size, alignment and underlying type, and struct cr_rec's size,
     * alignment and 3 members (offset and size each), 23 in all;
     * macro_chain.h has 335 macros, each with a value and a type;
     * typedef_lowered_align.h has 4 typedefs (size and alignment each), sa1 and struct inner (size,
     * alignment, 1 member's offset and size) and 6 structs s2..s7 (size, alignment, 2 members' offset
     * and size): 8 + 8 + 36 = 52.
     */
    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
        "lone_cr.h, x86_64, 23", "lone_cr.h, i386, 23", "lone_cr.h, aarch64, 23", "lone_cr.h, s390x, 23",
        "lone_cr.h, armhf, 23", "lone_cr.h, riscv64, 23", "lone_cr.h, ppc64el, 23", "lone_cr.h, mips64el, 23",
        "macro_chain.h, x86_64, 670", "macro_chain.h, i386, 670", "macro_chain.h, aarch64, 670",
        "macro_chain.h, s390x, 670", "macro_chain.h, armhf, 670", "macro_chain.h, riscv64, 670",
        "macro_chain.h, ppc64el, 670", "macro_chain.h, mips64el, 670",
        "typedef_lowered_align.h, x86_64, 52", "typedef_lowered_align.h, i386, 52",
        "typedef_lowered_align.h, aarch64, 52", "typedef_lowered_align.h, s390x, 52",
        "typedef_lowered_align.h, armhf, 52", "typedef_lowered_align.h, riscv64, 52",
        "typedef_lowered_align.h, ppc64el, 52", "typedef_lowered_align.h, mips64el, 52"})
    void everyNumberEqualsGccs(String header, String targetName, int numbers) throws Exception {
        Path file = Path.of("src/test/resources/fidelity", header).toAbsolutePath();
        GccTarget gcc = GccTarget.require(Target.byName(targetName).orElseThrow());

        assertThat(Differential.fixtureNumbersEqualGccs(file, gcc)).isEqualTo(numbers);
    }

    @Test
    void theChainFixtureHoldsTheMacrosItsPinnedCountSays() throws Exception {
        long defines = Files.readAllLines(Path.of("src/test/resources/fidelity/macro_chain.h")).stream()
                .filter(l -> l.startsWith("#define ")).count();
        assertThat(defines).isEqualTo(335);
    }

    @Test
    void loneCarriageReturnsEndLinesAsInGcc() {
        Path file = Path.of("src/test/resources/fidelity/lone_cr.h").toAbsolutePath();
        Diagnostics diags = new Diagnostics();
        TranslationUnit unit = FrontEnd.parse(file, PreprocessorOptions.of(Target.X86_64, List.of()), diags);

        assertThat(diags.all()).isEmpty();
        List<MacroDecl> macros = unit.declarations().stream()
                .filter(MacroDecl.class::isInstance).map(MacroDecl.class::cast).toList();
        assertThat(macros).extracting(MacroDecl::name)
                .containsExactly("CR_A", "CR_B", "CR_SEEN", "CR_MIXED", "CR_LAST");
        // gcc -E puts CR_B's definition on line 4 and CR_LAST's on line 17
        assertThat(macros.get(1).position().line()).isEqualTo(4);
        assertThat(macros.get(4).position().line()).isEqualTo(17);
    }
}
