package io.jbindgen.preprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed and hostile headers: each gives a diagnostic with file:line:col. The timeouts only guard
 * against hangs; they are no speed claim.
 */
class HostileInputTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private String loc(int line, int col) {
        return dir.resolve("main.h") + ":" + line + ":" + col + ": ";
    }

    private PpFixture run(String source) {
        PpFixture fx = new PpFixture(dir);
        assertTimeoutPreemptively(HANG_GUARD, () -> fx.expand(source));
        return fx;
    }

    @Test
    void unterminatedComment() {
        PpFixture fx = run("int a;\n  /* never closed\n");
        assertThat(fx.formatted()).containsExactly(loc(2, 3) + "error: unterminated /* comment [unterminated-comment]");
    }

    @Test
    void unterminatedString() {
        PpFixture fx = run("char *s = \"abc;\n");
        assertThat(fx.formatted()).containsExactly(loc(1, 11)
                + "error: missing terminating \" character [unterminated-string]");
    }

    @Test
    void unbalancedConditionals() {
        assertThat(run("#if 1\nint a;\n").formatted())
                .containsExactly(loc(1, 2) + "error: unterminated conditional directive [unterminated-conditional]");
        assertThat(run("#endif\n").formatted())
                .containsExactly(loc(1, 2) + "error: #endif without #if [endif-without-if]");
        assertThat(run("#if 0\n#else\n#else\n#endif\n").codes()).containsExactly("else-after-else");
        assertThat(run("#if 0\n#else\n#elif 1\n#endif\n").codes()).containsExactly("elif-after-else");
        assertThat(run("#else\n").codes()).containsExactly("else-without-if");
    }

    @Test
    void selfAndMutuallyRecursiveMacros() {
        PpFixture fx = run("#define a a b\n#define b a\n#define f(x) f(x) g(x)\n#define g(x) f(x)\na f(1)\n");
        assertThat(fx.diagnostics.all()).isEmpty();
    }

    @Test
    void includeCycle() {
        PpFixture fx = new PpFixture(dir).file("a.h", "#include \"b.h\"\n").file("b.h", "#include \"a.h\"\n");
        assertTimeoutPreemptively(HANG_GUARD, () -> fx.run("a.h"));
        assertThat(fx.codes()).containsExactly("include-too-deep");
        assertThat(fx.formatted().getFirst()).matches(".*/[ab]\\.h:1:2: error: #include nested depth 200 exceeds.*");
    }

    @Test
    void selfIncludingTwiceDoesNotExplode() {
        PpFixture fx = new PpFixture(dir).file("a.h", "#include \"a.h\"\n#include \"a.h\"\nx\n");
        assertTimeoutPreemptively(HANG_GUARD, () -> fx.run("a.h"));
        assertThat(fx.codes()).containsExactly("include-too-deep");
    }

    @Test
    void multiplyingIncludeTreesAreCut() {
        PpFixture fx = new PpFixture(dir);
        for (int level = 0; level < 8; level++) {
            fx.file("l" + level + ".h", ("#include \"l" + (level + 1) + ".h\"\n").repeat(10));
        }
        fx.file("l8.h", "leaf\n");
        assertTimeoutPreemptively(HANG_GUARD, () -> fx.run("l0.h"));
        assertThat(fx.codes()).containsExactly("too-many-includes");
    }

    @Test
    void missingIncludeNamesTheFileAndTheSearchPath() {
        PpFixture fx = run("\n#include <nowhere/missing.h>\n");
        assertThat(fx.formatted()).containsExactly(loc(2, 2) + "error: 'nowhere/missing.h' file not found"
                + " (searched: <built-in>) [include-not-found]");
    }

    @Test
    void junkInConditions() {
        assertThat(run("#if 1 +\n#endif\n").codes()).containsExactly("missing-expression");
        assertThat(run("#if 1 2\n#endif\n").formatted()).containsExactly(loc(1, 7)
                + "error: missing binary operator before token \"2\" [missing-operator]");
        assertThat(run("#if\n#endif\n").codes()).containsExactly("missing-expression");
        assertThat(run("#if 1 / 0\n#endif\n").codes()).containsExactly("division-by-zero");
        assertThat(run("#if defined\n#endif\n").codes()).containsExactly("invalid-query");
        assertThat(run("#ifdef X junk\n#endif junk\n").codes()).containsExactly("extra-tokens", "extra-tokens");
        assertThat(run("#frobnicate\n").formatted()).containsExactly(loc(1, 2)
                + "error: invalid preprocessing directive #frobnicate [invalid-directive]");
    }

    @Test
    void errorAndWarningDirectives() {
        PpFixture fx = run("#warning careful here\n#error \"stop\" now\n");
        assertThat(fx.formatted()).containsExactly(loc(1, 2) + "warning: #warning careful here [warning-directive]",
                loc(2, 2) + "error: #error \"stop\" now [error-directive]");
    }

    @Test
    void tenThousandNestedConditionals() {
        String src = "#if 1\n".repeat(10_000) + "int deep;\n" + "#endif\n".repeat(10_000);
        PpFixture fx = run(src);
        assertThat(fx.diagnostics.all()).isEmpty();
        PpFixture skipped = run("#if 0\n" + "#if 1\n".repeat(10_000) + "x\n" + "#endif\n".repeat(10_001) + "y\n");
        assertThat(skipped.diagnostics.all()).isEmpty();
        PpFixture open = run("#ifdef A\n".repeat(10_000));
        assertThat(open.codes()).contains("unterminated-conditional");
    }

    @Test
    void exponentialMacroGrowthStopsWithAnError() {
        StringBuilder src = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            src.append("#define m").append(i).append(" m").append(i + 1).append(" m").append(i + 1).append('\n');
        }
        src.append("\nint x = m0;\n");
        PpFixture fx = run(src.toString());
        assertThat(fx.formatted()).hasSize(1);
        assertThat(fx.formatted().getFirst()).startsWith(loc(42, 9) + "error: macro expansion too large");
    }

    @Test
    void exponentialGrowthInManyConditionsStopsOnce() {
        StringBuilder src = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            src.append("#define m").append(i).append(" m").append(i + 1).append(" + m").append(i + 1).append('\n');
        }
        src.append("#if m0\n#endif\n".repeat(10_000));
        PpFixture fx = run(src.toString());
        assertThat(fx.codes()).startsWith("macro-expansion-too-large").doesNotHaveDuplicates();
    }

    @Test
    void exponentialGrowthThroughArguments() {
        StringBuilder src = new StringBuilder("#define d0(x) x x\n");
        for (int i = 1; i < 40; i++) {
            src.append("#define d").append(i).append("(x) d").append(i - 1).append("(x x)\n");
        }
        src.append("d39(y)\n");
        PpFixture fx = run(src.toString());
        assertThat(fx.codes()).containsExactly("macro-expansion-too-large");
    }

    @Test
    void deeplyNestedMacroArguments() {
        PpFixture fx = run("#define f(x) x\n" + "f(".repeat(20_000) + "1" + ")".repeat(20_000) + "\n");
        assertThat(fx.codes()).containsExactly("macro-arguments-too-deep");
        assertThat(fx.formatted().getFirst()).startsWith(loc(2, 2 * 101 + 1));
    }

    @Test
    void deepExpressionNesting() {
        PpFixture fx = run("#if " + "(".repeat(5000) + "1" + ")".repeat(5000) + "\n#endif\n");
        assertThat(fx.codes()).containsExactly("expression-too-deep");
    }

    @Test
    void badDefines() {
        assertThat(run("#define\n").codes()).containsExactly("invalid-macro-name");
        assertThat(run("#define 3 x\n").codes()).containsExactly("invalid-macro-name");
        assertThat(run("#define f(a,) a\n").codes()).containsExactly("invalid-macro-parameters");
        assertThat(run("#define f(a) #b\n").codes()).containsExactly("stringize-non-parameter");
        assertThat(run("#define f(a) ## a\n").codes()).containsExactly("paste-at-edge");
        assertThat(run("#define X 1\n#define X 2\n").codes()).containsExactly("macro-redefined");
        assertThat(run("#define X 1\n#define X 1\n").codes()).isEmpty();
    }
}
