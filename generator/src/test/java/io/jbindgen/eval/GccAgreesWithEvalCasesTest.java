package io.jbindgen.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Proves the expected values of {@link EvalCases} with gcc: value and exact type, per target. */
class GccAgreesWithEvalCasesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"gcc,true", "i686-linux-gnu-gcc,false"})
    void gccComputesTheSameValuesAndTypes(String compiler, boolean lp64) throws Exception {
        StringBuilder c = new StringBuilder();
        int n = 0;
        for (EvalCases.Case k : EvalCases.CASES) {
            String value = lp64 ? k.lp64Value() : k.ilp32Value();
            String type = lp64 ? k.lp64Type() : k.ilp32Type();
            String literal = value.startsWith("-") ? "(" + value + "LL)" : value + "ULL";
            c.append("_Static_assert((").append(k.expr()).append(") == ").append(literal)
                    .append(" && ((").append(k.expr()).append(") < 0) == (").append(value.startsWith("-") ? 1 : 0)
                    .append("), \"value ").append(n).append("\");\n");
            c.append("_Static_assert(_Generic((").append(k.expr()).append("), ").append(type)
                    .append(": 1, default: 0), \"type ").append(n).append("\");\n");
            n++;
        }
        Path file = dir.resolve("cases.c");
        Files.writeString(file, c);
        ProcessBuilder pb = new ProcessBuilder(compiler, "-std=gnu11", "-w", "-fsyntax-only", file.toString())
                .redirectErrorStream(true);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            assumeTrue(false, compiler + " is not installed");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).isEmpty();
        assertThat(p.exitValue()).isZero();
    }
}
