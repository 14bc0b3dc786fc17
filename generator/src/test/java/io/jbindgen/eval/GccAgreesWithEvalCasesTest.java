package io.jbindgen.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.target.Target;
import io.jbindgen.oracle.Toolchains;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Proves the expected values of {@link EvalCases} with gcc: value and exact type, per target. */
class GccAgreesWithEvalCasesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"x86_64,true", "i386,false"})
    void gccComputesTheSameValuesAndTypes(String target, boolean lp64) throws Exception {
        List<String> compiler = Toolchains.compiler(Target.byName(target).orElseThrow());
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
        List<String> cmd = new ArrayList<>(compiler);
        cmd.addAll(List.of("-std=gnu11", "-w", "-fsyntax-only", file.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).isEmpty();
        assertThat(p.exitValue()).isZero();
    }
}
