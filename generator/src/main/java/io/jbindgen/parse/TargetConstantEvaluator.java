package io.jbindgen.parse;

import io.jbindgen.target.Target;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.eval.ConstantExpressions;
import io.jbindgen.eval.IntValue;
import io.jbindgen.eval.TypeContext;
import io.jbindgen.lex.Token;
import io.jbindgen.model.Position;
import java.util.List;
import java.util.function.Function;

/** Evaluates constant expressions with {@link ConstantExpressions} on the target. */
final class TargetConstantEvaluator implements ConstantEvaluator {
    private final Target target;

    TargetConstantEvaluator(Target target) {
        this.target = target;
    }

    @Override
    public IntValue evaluate(List<Token> tokens, Position where, Function<String, IntValue> enumConstants,
            TypeContext types, Diagnostics diagnostics) {
        if (tokens.isEmpty()) {
            diagnostics.error(where, "syntax-error", "expected an expression");
            return null;
        }
        return ConstantExpressions.evaluate(tokens, target, types, enumConstants::apply, diagnostics).orElse(null);
    }
}
