package io.jbindgen.preprocess;

import io.jbindgen.target.Target;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.eval.ConstantExpressions;
import io.jbindgen.eval.IntValue;
import io.jbindgen.lex.Token;
import io.jbindgen.lex.TokenKind;
import io.jbindgen.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates the condition of {@code #if}/{@code #elif}: {@code defined}, {@code __has_include} and
 * the {@code __has_*} queries are answered first, then the line is macro-expanded and evaluated with
 * intmax_t arithmetic. A malformed condition is reported and counts as false.
 */
final class IfCondition {
    private final Target target;
    private final MacroTable macros;
    private final Diagnostics diagnostics;
    private final HasInclude hasInclude;
    private final LineExpander lines;

    /** Answers {@code __has_include}; {@code next} for {@code __has_include_next}. */
    interface HasInclude {
        boolean test(String name, boolean angled, boolean next);
    }

    IfCondition(Target target, MacroTable macros, LineExpander lines, Diagnostics diagnostics, HasInclude hasInclude) {
        this.target = target;
        this.lines = lines;
        this.macros = macros;
        this.diagnostics = diagnostics;
        this.hasInclude = hasInclude;
    }

    /** {@return the truth of {@code expr} (the tokens after {@code if}/{@code elif}); {@code at} is the directive} */
    boolean evaluate(List<Token> expr, Position at) {
        if (expr.isEmpty()) {
            diagnostics.error(at, "missing-expression", "#if with no expression");
            return false;
        }
        int errors = diagnostics.errorCount();
        List<Token> answered = answerQueries(expr);
        if (diagnostics.errorCount() > errors) {
            return false;
        }
        List<Token> expanded = answerQueries(lines.expand(answered));
        if (diagnostics.errorCount() > errors) {
            return false;
        }
        Optional<IntValue> value = ConstantExpressions.evaluateIf(expanded, target, diagnostics);
        return value.isPresent() && value.get().isTrue();
    }

    private List<Token> answerQueries(List<Token> in) {
        List<Token> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Token t = in.get(i);
            if (t.kind() != TokenKind.IDENTIFIER) {
                out.add(t);
                continue;
            }
            QueryParser q = new QueryParser(in, i, diagnostics);
            Boolean answer = switch (t.text()) {
                case "defined" -> q.definedOperand() instanceof String name ? isDefined(name) : null;
                case "__has_include", "__has_include_next" -> q.header() instanceof QueryParser.Header h
                        ? hasInclude.test(h.name(), h.angled(), t.text().endsWith("next")) : null;
                case "__has_attribute", "__has_cpp_attribute", "__has_c_attribute" ->
                        q.parenthesisedName() instanceof String name ? CompilerFeatures.hasAttribute(name) : null;
                case "__has_builtin" -> q.parenthesisedName() instanceof String name
                        ? CompilerFeatures.hasBuiltin(name) : null;
                case "__has_feature", "__has_extension" -> q.parenthesisedName() instanceof String ? false : null;
                default -> {
                    out.add(t);
                    yield null;
                }
            };
            if (q.failed()) {
                return List.of();
            }
            if (answer == null) {
                continue;
            }
            out.add(new Token(TokenKind.NUMBER, answer ? "1" : "0", t.position(), t.expansion(), t.leadingSpace(),
                    false, List.of()));
            i = q.end() - 1;
        }
        return out;
    }

    private boolean isDefined(String name) {
        return macros.isDefined(name) || BuiltinMacros.isBuiltin(name) && !name.equals("_Pragma")
                || CompilerFeatures.isQueryOperator(name);
    }
}
