package io.jbindgen.parse;

import io.jbindgen.eval.IntValue;
import io.jbindgen.lex.Token;
import io.jbindgen.model.CType;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Reads an array declarator suffix {@code [N]} and checks the size against the target's limits. */
final class ArraySizes {
    private static final Set<String> QUALIFIERS = Set.of("static", "const", "__const", "volatile", "restrict",
            "__restrict", "__restrict__");

    private final CParser parser;

    ArraySizes(CParser parser) {
        this.parser = parser;
    }

    /** Reads {@code [size]} and returns what it does to the element type. */
    UnaryOperator<CType> parseSuffix() {
        TokenCursor c = parser.cursor();
        Token open = c.expect("[");
        while (c.peek().isIdentifier() && QUALIFIERS.contains(c.peek().text())) {
            c.next();
        }
        List<Token> expr = c.collectUntil(Set.of("]"));
        c.expect("]");
        if (expr.isEmpty()) {
            return element -> new CType.Array(element, CType.Array.FLEXIBLE);
        }
        if (expr.size() == 1 && expr.getFirst().is("*")) {
            throw new SyntaxError(open.reportPosition(), "unsupported-vla", "variable length array");
        }
        IntValue n = parser.context().evaluate(expr, open.reportPosition(), parser.typeContext());
        if (n == null) {
            throw SyntaxError.alreadyReported(open.reportPosition());
        }
        if (n.isNegative()) {
            throw new SyntaxError(open.reportPosition(), "array-too-large", "array size too large (negative)");
        }
        long length = n.bits();
        return element -> checked(open, element, length);
    }

    private CType checked(Token open, CType element, long length) {
        long elementSize = Math.max(1, parser.context().sizes().sizeOf(element));
        long maxBytes = parser.context().target().pointer().size() >= 8 ? Long.MAX_VALUE / 8 : Integer.MAX_VALUE;
        if (length < 0 || length > maxBytes / elementSize) {
            throw new SyntaxError(open.reportPosition(), "array-too-large", "array size too large");
        }
        return new CType.Array(element, length);
    }
}
