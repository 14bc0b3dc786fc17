package io.jbindgen.eval;

import io.jbindgen.target.Target;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.lex.Token;
import java.util.List;
import java.util.Optional;

/** Entry points for evaluating integer constant expressions on a target. */
public final class ConstantExpressions {
    private ConstantExpressions() {
    }

    /**
     * Evaluates a fully macro-expanded {@code #if} expression ({@code defined} already replaced):
     * intmax_t/uintmax_t arithmetic, identifiers are 0.
     *
     * @return the value, or empty after reporting the problem
     */
    public static Optional<IntValue> evaluateIf(List<Token> tokens, Target target, Diagnostics diagnostics) {
        return Optional.ofNullable(new ExpressionParser(tokens, new IntegerTypes(target), EvalMode.PREPROCESSOR,
                null, IdentifierResolver.NONE, diagnostics).parseWhole());
    }

    /**
     * Evaluates a C integer constant expression.
     *
     * @param typeContext type names for casts and {@code sizeof}; {@code null} means only C's
     *     arithmetic type names ({@link ScalarTypeNames})
     * @param identifiers enumeration constants and the like; an unknown identifier is an error
     * @return the value, or empty after reporting the problem
     */
    public static Optional<IntValue> evaluate(List<Token> tokens, Target target, TypeContext typeContext,
            IdentifierResolver identifiers, Diagnostics diagnostics) {
        TypeContext context = typeContext != null ? typeContext : new ScalarTypeNames(target);
        return Optional.ofNullable(new ExpressionParser(tokens, new IntegerTypes(target), EvalMode.C, context,
                identifiers, diagnostics).parseWhole());
    }
}
