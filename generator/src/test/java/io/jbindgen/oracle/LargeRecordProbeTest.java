package io.jbindgen.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.parse.FrontEnd;
import io.jbindgen.target.Target;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A bitfield is probed with an initialised object of its whole record; records beyond
 * {@link CProbeWriter#MAX_PROBED_RECORD_BYTES} are not instantiated (gcc would write every byte), and
 * their bitfields are listed as unverifiable instead of silently counted or skipped.
 */
class LargeRecordProbeTest {
    @Test
    void aHugeRecordsBitfieldIsUnverifiableAndTheRestIsJudged() throws Exception {
        Path file = Path.of("src/test/resources/fidelity/huge_bitfield_record.h").toAbsolutePath();
        GccTarget gcc = GccTarget.require(Target.X86_64);
        Differential.Outcome out = Differential.run(FrontEnd.parse(file,
                io.jbindgen.preprocess.PreprocessorOptions.of(Target.X86_64, java.util.List.of()),
                new io.jbindgen.diag.Diagnostics()), file, gcc);

        assertThat(out.verdict().mismatches()).isEmpty();
        assertThat(out.verdict().unverifiable()).singleElement().asString()
                .contains("struct huge_bits.flag (bitOffset 25769803776, bitWidth 3)", "too many for an object probe");
        // huge_bits: size, align, pad and tail (offset, size each): 6; small_bits: size, align, 2 bitfields: 4
        assertThat(out.verdict().compared()).isEqualTo(10);
    }
}
