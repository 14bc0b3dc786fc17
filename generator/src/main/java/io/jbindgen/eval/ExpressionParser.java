package io.jbindgen.eval;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.lex.Token;
import io.jbindgen.lex.TokenKind;
import io.jbindgen.model.CType;
import io.jbindgen.model.ScalarKind;
import java.util.List;

/**
 * A recursive-descent parser of C's conditional-expression grammar that evaluates as it parses.
 * Operands that C does not evaluate (the other arm of {@code ?:}, the right side of a decided
 * {@code &&}/{@code ||}, the operand of {@code sizeof}) are parsed with {@code live = false}, so
 * that their problems are not reported. Nesting deeper than {@link #MAX_DEPTH} is a diagnostic.
 */
public final class ExpressionParser {
    /** The deepest nesting of parentheses, unary operators and conditionals accepted. */
    public static final int MAX_DEPTH = 256;

    private final List<Token> tokens;
    private final EvalMode mode;
    private final Evaluator evaluator;
    private final IntegerTypes types;
    private final IntegerLiterals literals;
    private final TypeContext typeContext;
    private final IdentifierResolver identifiers;
    private final Diagnostics diagnostics;
    private int pos;
    private int depth;

    /**
     * Creates a parser.
     *
     * @param tokens the expression (a trailing {@link TokenKind#EOF} is allowed)
     * @param types the target's integer types
     * @param mode {@code #if} or C rules
     * @param typeContext type names for casts and {@code sizeof} ({@code null} in {@code #if})
     * @param identifiers enumeration constants (ignored in {@code #if}, where identifiers are 0)
     * @param diagnostics where problems go
     */
    public ExpressionParser(List<Token> tokens, IntegerTypes types, EvalMode mode, TypeContext typeContext,
            IdentifierResolver identifiers, Diagnostics diagnostics) {
        this.tokens = tokens;
        this.types = types;
        this.mode = mode;
        this.evaluator = new Evaluator(types, mode, diagnostics);
        this.literals = new IntegerLiterals(types, diagnostics);
        this.typeContext = mode == EvalMode.C ? typeContext : null;
        this.identifiers = identifiers == null ? IdentifierResolver.NONE : identifiers;
        this.diagnostics = diagnostics;
    }

    /** {@return the value of the whole token list, or {@code null} after reporting why there is none} */
    public IntValue parseWhole() {
        int errorsBefore = diagnostics.errorCount();
        try {
            if (atEnd()) {
                diagnostics.error(positionForEnd(), "missing-expression", "expected an expression");
                return null;
            }
            IntValue v = conditional(true);
            if (!atEnd()) {
                Token t = peek();
                return fail(t, "missing-operator", "missing binary operator before token \"%s\"", t.text());
            }
            return diagnostics.errorCount() > errorsBefore ? null : v;
        } catch (Failure f) {
            return null;
        }
    }

    private IntValue conditional(boolean live) {
        enter();
        IntValue c = binary(1, live);
        if (peekIs("?")) {
            Token q = next();
            IntValue a = conditional(live && c.isTrue());
            expect(":", q);
            IntValue b = conditional(live && !c.isTrue());
            ScalarKind k = types.common(a.type(), b.type());
            c = evaluator.cast(c.isTrue() ? a : b, k);
        }
        depth--;
        return c;
    }

    private IntValue binary(int minPrecedence, boolean live) {
        IntValue left = unary(live);
        while (!atEnd()) {
            Token op = peek();
            int prec = op.kind() == TokenKind.PUNCTUATOR ? precedence(op.text()) : 0;
            if (prec < minPrecedence) {
                return left;
            }
            next();
            if (op.text().equals("&&") || op.text().equals("||")) {
                boolean and = op.text().equals("&&");
                boolean decided = and ? !left.isTrue() : left.isTrue();
                IntValue right = binary(prec + 1, live && !decided);
                left = evaluator.truth(decided ? !and : right.isTrue());
            } else {
                IntValue right = binary(prec + 1, live);
                left = evaluator.binary(op, op.text(), left, right, live);
            }
        }
        return left;
    }

    private static int precedence(String op) {
        return switch (op) {
            case "||" -> 1;
            case "&&" -> 2;
            case "|" -> 3;
            case "^" -> 4;
            case "&" -> 5;
            case "==", "!=" -> 6;
            case "<", ">", "<=", ">=" -> 7;
            case "<<", ">>" -> 8;
            case "+", "-" -> 9;
            case "*", "/", "%" -> 10;
            default -> 0;
        };
    }

    private IntValue unary(boolean live) {
        enter();
        Token t = peekOrFail();
        IntValue v;
        if (t.kind() == TokenKind.PUNCTUATOR && (t.is("+") || t.is("-") || t.is("~") || t.is("!"))) {
            next();
            v = evaluator.unary(t.text(), unary(live));
        } else if (mode == EvalMode.C && t.is("sizeof")) {
            next();
            v = sizeOf(t);
        } else if (mode == EvalMode.C && isAlignof(t)) {
            next();
            v = alignOf(t);
        } else if (t.is("(")) {
            v = parenthesised(live);
        } else {
            v = primary(live);
        }
        depth--;
        return v;
    }

    private static boolean isAlignof(Token t) {
        return t.is("_Alignof") || t.is("__alignof__") || t.is("__alignof") || t.is("alignof");
    }

    private IntValue parenthesised(boolean live) {
        Token open = next();
        TypeContext.TypeName cast = typeNameAt(pos);
        if (cast != null) {
            pos = cast.end();
            expect(")", open);
            if (peekIs("{")) {
                return fail(open, "not-constant", "a compound literal is not an integer constant");
            }
            return castTo(open, cast.type(), unary(live));
        }
        IntValue v = conditional(live);
        expect(")", open);
        return v;
    }

    private TypeContext.TypeName typeNameAt(int index) {
        if (typeContext == null || index >= tokens.size()) {
            return null;
        }
        TypeContext.TypeName tn = typeContext.typeName(tokens, index);
        return tn != null && tn.end() < tokens.size() && tokens.get(tn.end()).is(")") ? tn : null;
    }

    private IntValue castTo(Token at, CType type, IntValue v) {
        CType c = type.canonical();
        if (c instanceof CType.Scalar s && s.kind().isInteger()) {
            if (!types.supports(s.kind())) {
                return fail(at, "unsupported-type", "'%s' is not supported on this target", s.spelling());
            }
            if (types.width(s.kind()) > 64) {
                return fail(at, "unsupported-type", "'%s' constant expressions are not supported", s.spelling());
            }
            return evaluator.cast(v, s.kind());
        }
        if (c instanceof CType.Pointer) {
            return evaluator.cast(v, ScalarKind.UNSIGNED_LONG);
        }
        if (c instanceof CType.Enum e) {
            ScalarKind underlying = typeContext == null ? null : typeContext.enumUnderlying(e.key());
            if (underlying == null) {
                return fail(at, "incomplete-enum", "cast to '%s', whose enumerators are not known", type.spelling());
            }
            return castTo(at, new CType.Scalar(underlying), v);
        }
        if (c instanceof CType.Scalar) {
            return fail(at, "floating-constant", "floating-point constant expressions are not supported");
        }
        return fail(at, "invalid-cast", "cannot cast to '%s' in an integer constant expression", type.spelling());
    }

    private IntValue sizeOf(Token at) {
        if (peekIs("(")) {
            TypeContext.TypeName tn = typeNameAt(pos + 1);
            if (tn != null) {
                pos = tn.end() + 1;
                return measured(at, typeContext.sizeOf(tn.type()));
            }
            int strings = stringRun(pos + 1);
            if (strings > 0 && pos + 1 + strings < tokens.size() && tokens.get(pos + 1 + strings).is(")")) {
                long size = stringsSize(pos + 1, strings);
                pos += strings + 2;
                return measured(at, size);
            }
        }
        Token t = peekOrFail();
        if (t.kind() == TokenKind.STRING) {
            int strings = stringRun(pos);
            long size = stringsSize(pos, strings);
            pos += strings;
            return measured(at, size);
        }
        IntValue operand = unary(false);
        return measured(at, operand.type() == ScalarKind.BOOL ? 1 : types.width(operand.type()) / 8);
    }

    /** {@return how many string literals follow one another from {@code index}} */
    private int stringRun(int index) {
        int n = 0;
        while (index + n < tokens.size() && tokens.get(index + n).kind() == TokenKind.STRING) {
            n++;
        }
        return n;
    }

    /**
     * {@return the size of the array that the {@code count} adjacent string literals from {@code index}
     * make (C11 6.4.5: concatenated, one terminating null); wide ones only alone}
     */
    private long stringsSize(int index, int count) {
        if (count == 1) {
            return literals.stringSize(tokens.get(index));
        }
        long size = 1;
        for (int i = index; i < index + count; i++) {
            String text = tokens.get(i).text();
            if (!text.startsWith("\"") && !text.startsWith("u8\"")) {
                fail(tokens.get(i), "unsupported-string", "sizeof of concatenated wide string literals is not supported");
            }
            long one = literals.stringSize(tokens.get(i));
            if (one < 0) {
                return -1;
            }
            size += one - 1;
        }
        return size;
    }

    private IntValue alignOf(Token at) {
        if (peekIs("(")) {
            TypeContext.TypeName tn = typeNameAt(pos + 1);
            if (tn != null) {
                pos = tn.end() + 1;
                boolean c11 = at.is("_Alignof") || at.is("alignof");
                return measured(at, c11 ? typeContext.alignOf(tn.type()) : typeContext.preferredAlignOf(tn.type()));
            }
        }
        IntValue operand = unary(false);
        return measured(at, types.target().scalar(operand.type()).map(s -> (long) s.align()).orElse(1L));
    }

    private IntValue measured(Token at, long size) {
        if (size < 0) {
            throw new Failure();
        }
        return evaluator.widen(new IntValue(size, types.sizeType()));
    }

    private IntValue primary(boolean live) {
        Token t = next();
        switch (t.kind()) {
            case NUMBER -> {
                return widened(literals.number(t));
            }
            case CHARACTER -> {
                return widened(literals.character(t));
            }
            case IDENTIFIER -> {
                return identifier(t);
            }
            default -> {
                return fail(t, "expected-expression", "expected an expression before \"%s\"", t.text());
            }
        }
    }

    private IntValue identifier(Token t) {
        if (mode == EvalMode.PREPROCESSOR) {
            return evaluator.widen(new IntValue(0, ScalarKind.INT));
        }
        IntValue v = identifiers.resolve(t.text());
        if (v != null) {
            return v;
        }
        // Also in unevaluated operands (sizeof, the other arm of ?:): C knows no undeclared names, and
        // sizeof(unknown_type) must not pass as sizeof of an int.
        return fail(t, "not-constant", "'%s' is not an integer constant", t.text());
    }

    private IntValue widened(IntValue v) {
        if (v == null) {
            throw new Failure();
        }
        return evaluator.widen(v);
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            Token t = atEnd() ? tokens.get(Math.max(0, Math.min(pos, tokens.size()) - 1)) : peek();
            fail(t, "expression-too-deep", "expression nested too deeply (more than %d levels)", MAX_DEPTH);
        }
    }

    private void expect(String text, Token opener) {
        if (!peekIs(text)) {
            Token at = atEnd() ? opener : peek();
            fail(at, "expected-token", "expected '%s'%s", text, atEnd() ? " at end of expression" : " before \"" + at.text() + "\"");
        }
        next();
    }

    private boolean atEnd() {
        return pos >= tokens.size() || tokens.get(pos).kind() == TokenKind.EOF;
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private boolean peekIs(String text) {
        return !atEnd() && peek().kind() != TokenKind.STRING && peek().kind() != TokenKind.CHARACTER
                && peek().text().equals(text);
    }

    private Token peekOrFail() {
        if (atEnd()) {
            diagnostics.error(positionForEnd(), "missing-expression", "expected an expression at end of input");
            throw new Failure();
        }
        return peek();
    }

    private Token next() {
        return peekOrFail() == null ? null : tokens.get(pos++);
    }

    private io.jbindgen.model.Position positionForEnd() {
        if (tokens.isEmpty()) {
            return io.jbindgen.model.Position.BUILTIN;
        }
        return tokens.get(Math.min(pos, tokens.size()) - (pos >= tokens.size() ? 1 : 0)).reportPosition();
    }

    private IntValue fail(Token at, String code, String format, Object... args) {
        diagnostics.error(at.reportPosition(), code, format, args);
        throw new Failure();
    }

    /** Unwinds the parser after a reported error; never leaves this class. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure() {
            super(null, null, false, false);
        }
    }
}
