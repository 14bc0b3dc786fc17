package io.jbindgen.parse;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.eval.IntValue;
import io.jbindgen.eval.TypeContext;
import io.jbindgen.lex.Token;
import io.jbindgen.model.Position;
import java.util.List;
import java.util.function.Function;

/** The seam to the integer constant evaluator used for array sizes, bitfield widths, enum values and macros. */
interface ConstantEvaluator {

    /**
     * Evaluates {@code tokens} as a C integer constant expression.
     *
     * @param tokens the expression, macros already expanded
     * @param where where to report an empty expression
     * @param enumConstants the value of a known enumeration constant, or {@code null}
     * @param types type names and sizes for casts and {@code sizeof}
     * @param diagnostics where to report why it is not a constant
     * @return the value, or {@code null} when it is not a constant (reported)
     */
    IntValue evaluate(List<Token> tokens, Position where, Function<String, IntValue> enumConstants,
            TypeContext types, Diagnostics diagnostics);
}
