package io.jbindgen.parse;

import io.jbindgen.eval.IntValue;
import io.jbindgen.lex.Token;
import io.jbindgen.model.CType;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Reads an array declarator suffix {@code [N]} and checks the size against the target's limits, and the
 * element type as gcc does: an array of unknown length, or an element whose size is not a multiple of its
 * alignment (an {@code aligned} typedef), cannot make an array.
 */
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
            return element -> new CType.Array(checkedElement(open, element), CType.Array.FLEXIBLE);
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
        return new CType.Array(checkedElement(open, element), length);
    }

    /**
     * gcc's errors for an element type that is an array of unknown length, or whose size (known and not
     * zero) its alignment does not divide.
     */
    private CType checkedElement(Token open, CType element) {
        if (element.canonical() instanceof CType.Array inner && inner.length() == CType.Array.FLEXIBLE) {
            throw new SyntaxError(open.reportPosition(), "array-element-incomplete",
                    "array type has incomplete element type '" + element.spelling() + "'");
        }
        TypeSizes sizes = parser.context().sizes();
        long size = sizes.sizeOf(element);
        long align = size > 0 ? sizes.preferredAlignOf(element) : TypeSizes.UNKNOWN;
        if (align > 0 && size < align) {
            throw new SyntaxError(open.reportPosition(), "array-element-alignment",
                    "alignment of array elements is greater than element size (" + element.spelling() + ": size "
                            + size + ", alignment " + align + ")");
        }
        if (align > 0 && size % align != 0) {
            throw new SyntaxError(open.reportPosition(), "array-element-alignment",
                    "size of array element is not a multiple of its alignment (" + element.spelling() + ": size "
                            + size + ", alignment " + align + ")");
        }
        return element;
    }
}
