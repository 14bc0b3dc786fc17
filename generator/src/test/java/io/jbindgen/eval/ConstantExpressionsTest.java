package io.jbindgen.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.target.Target;
import io.jbindgen.diag.Diagnostic;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.lex.Lexer;
import io.jbindgen.lex.Token;
import io.jbindgen.model.ScalarKind;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConstantExpressionsTest {

    static Stream<Arguments> cases() {
        return EvalCases.CASES.stream().flatMap(c -> Stream.of(
                Arguments.of(Target.X86_64, c.expr(), c.lp64Value(), c.lp64Type()),
                Arguments.of(Target.I386, c.expr(), c.ilp32Value(), c.ilp32Type())));
    }

    static List<Token> lex(String text, Diagnostics d) {
        return Lexer.tokenize("t.h", text, d);
    }

    static Optional<IntValue> c(String expr, Target target, Diagnostics d) {
        return ConstantExpressions.evaluate(lex(expr, d), target, null, IdentifierResolver.NONE, d);
    }

    static Optional<IntValue> pp(String expr, Diagnostics d) {
        return ConstantExpressions.evaluateIf(lex(expr, d), Target.X86_64, d);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void evaluatesLikeC(Target target, String expr, String value, String type) {
        Diagnostics d = new Diagnostics();
        IntValue v = c(expr, target, d).orElseThrow(() -> new AssertionError(d.all()));
        assertThat(d.hasErrors()).isFalse();
        assertThat(v.type().spelling()).isEqualTo(type);
        boolean unsigned = v.type().isUnsigned();
        assertThat(unsigned ? Long.toUnsignedString(v.bits()) : Long.toString(v.bits())).isEqualTo(value);
    }

    @Test
    void plainCharIsUnsignedOnAarch64() {
        Diagnostics d = new Diagnostics();
        assertThat(c("'\\xff'", Target.AARCH64, d).orElseThrow().bits()).isEqualTo(255);
        assertThat(c("'\\xff'", Target.X86_64, d).orElseThrow().bits()).isEqualTo(-1);
    }

    @Test
    void ifModeUsesIntmaxArithmetic() {
        Diagnostics d = new Diagnostics();
        // In #if, 0xFFFFFFFF is uintmax_t and -1 is intmax_t: -1 < 0xFFFFFFFF compares as unsigned.
        assertThat(pp("-1 < 0xFFFFFFFF", d).orElseThrow().bits()).isZero();
        // 1 << 40 is fine in #if because int acts as intmax_t.
        assertThat(pp("(1 << 40) == 1099511627776", d).orElseThrow().bits()).isEqualTo(1);
        assertThat(pp("2147483647 + 1 > 0", d).orElseThrow().bits()).isEqualTo(1);
        assertThat(pp("UNDEFINED_NAME + true + false", d).orElseThrow().bits()).isZero();
        assertThat(pp("-1 > 0u", d).orElseThrow().type()).isEqualTo(ScalarKind.LONG_LONG);
        assertThat(pp("~0u", d).orElseThrow().type()).isEqualTo(ScalarKind.UNSIGNED_LONG_LONG);
        assertThat(d.hasErrors()).isFalse();
    }

    @Test
    void sizeofIsNotAnOperatorInIf() {
        Diagnostics d = new Diagnostics();
        assertThat(pp("sizeof(int) == 4", d)).isEmpty();
        assertThat(d.all()).extracting(Diagnostic::code).containsExactly("missing-operator");
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("1 / 0", "division-by-zero", 3),
                Arguments.of("7 % (2 - 2)", "division-by-zero", 3),
                Arguments.of("1 << 32", "shift-out-of-range", 3),
                Arguments.of("1 << -1", "shift-out-of-range", 3),
                Arguments.of("1 +", "missing-expression", 4),
                Arguments.of("(1", "expected-token", 1),
                Arguments.of("1 2", "missing-operator", 3),
                Arguments.of("1 ? 2", "expected-token", 3),
                Arguments.of("1.5", "floating-constant", 1),
                Arguments.of("08", "invalid-number", 1),
                Arguments.of("1uu", "invalid-number", 1),
                Arguments.of("99999999999999999999", "integer-too-large", 1),
                Arguments.of("''", "empty-char", 1),
                Arguments.of("FOO + 1", "not-constant", 1),
                Arguments.of("sizeof(size_t)", "not-constant", 8),
                Arguments.of("0 && FOO", "not-constant", 6),
                Arguments.of("(float)1", "floating-constant", 1),
                Arguments.of("(unsigned __int128)1", "unsupported-type", 1),
                Arguments.of("* 2", "expected-expression", 1));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void reportsErrorsWithPosition(String expr, String code, int column) {
        Diagnostics d = new Diagnostics();
        assertThat(c(expr, Target.X86_64, d)).isEmpty();
        assertThat(d.all()).isNotEmpty();
        Diagnostic first = d.all().getFirst();
        assertThat(first.code()).isEqualTo(code);
        assertThat(first.position().toString()).isEqualTo("t.h:1:" + column);
    }

    @Test
    void deepNestingIsADiagnosticNotAStackOverflow() {
        Diagnostics d = new Diagnostics();
        String expr = "(".repeat(100_000) + "1" + ")".repeat(100_000);
        assertThat(c(expr, Target.X86_64, d)).isEmpty();
        assertThat(d.all()).extracting(Diagnostic::code).containsExactly("expression-too-deep");
        Diagnostics d2 = new Diagnostics();
        assertThat(c("- ".repeat(10_000) + "1", Target.X86_64, d2)).isEmpty();
        assertThat(d2.all()).extracting(Diagnostic::code).containsExactly("expression-too-deep");
    }

    @Test
    void longFlatChainsAreFine() {
        Diagnostics d = new Diagnostics();
        String expr = "1" + " + 1".repeat(50_000);
        assertThat(c(expr, Target.X86_64, d).orElseThrow().bits()).isEqualTo(50_001);
    }

    @Test
    void identifiersResolveThroughTheCallback() {
        Diagnostics d = new Diagnostics();
        IdentifierResolver enums = name -> name.equals("RED") ? new IntValue(2, ScalarKind.UNSIGNED_INT) : null;
        IntValue v = ConstantExpressions.evaluate(lex("RED * 3 - 7", d), Target.X86_64, null, enums, d).orElseThrow();
        assertThat(v.type()).isEqualTo(ScalarKind.UNSIGNED_INT);
        assertThat(v.bits()).isEqualTo(4294967295L);
    }

    @Test
    void signedOverflowWarns() {
        Diagnostics d = new Diagnostics();
        assertThat(c("2147483647 + 1", Target.X86_64, d).orElseThrow().bits()).isEqualTo(-2147483648L);
        assertThat(d.all()).extracting(Diagnostic::code).containsExactly("integer-overflow");
    }
}
