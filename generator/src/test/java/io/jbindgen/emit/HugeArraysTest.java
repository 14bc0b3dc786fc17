package io.jbindgen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.target.Target;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records with arrays of 2^31 elements or more (a fuzzed header once gave {@code sequenceLayout(2147483648, ...)},
 * which javac rejects as an int literal too large): the generated Java compiles without a warning and
 * its constants hold the C numbers.
 */
class HugeArraysTest {
    @TempDir
    Path tmp;

    @Test
    void countsLengthsAndOffsetsBeyondIntAreLongLiterals() throws Exception {
        Path header = Path.of("src/test/resources/fidelity/huge_arrays.h").toAbsolutePath();
        HeaderBindings.Result result = HeaderBindings.generate(header, Target.X86_64, "t.huge", List.of());
        assertThat(result.errors()).isEmpty();
        JavaCompilation.Result compiled = JavaCompilation.compile(tmp, result.files());
        assertThat(compiled.errors()).isEmpty();

        Class<?> cls = compiled.loader().loadClass("t.huge.HugeArrays");
        assertThat(cls.getField("BIG_LENGTH").getLong(null)).isEqualTo(0x80000000L);
        assertThat(cls.getField("GRID_LENGTH_1").getLong(null)).isEqualTo(0x80000001L);
        // 8 + 2^31, then 2 * (2^31 + 1) ints: gcc puts the bitfield's unit at 8 + 2^31 + 8 * (2^31 + 1)
        assertThat(cls.getField("SIZE").getLong(null)).isEqualTo(8 + 0x80000000L + 8 * 0x80000001L + 8);
    }
}
