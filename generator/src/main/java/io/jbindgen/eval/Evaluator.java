package io.jbindgen.eval;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.lex.Token;
import io.jbindgen.model.ScalarKind;

/**
 * The operators of C on integer constants with a target's semantics: integer promotions, usual
 * arithmetic conversions, wrap-around of unsigned types. In {@link EvalMode#PREPROCESSOR} mode every
 * result is {@code intmax_t} or {@code uintmax_t}. Problems are reported only for evaluated
 * ({@code live}) operands, as a compiler does for the unevaluated arm of {@code ?:} or {@code &&}.
 */
public final class Evaluator {
    private final IntegerTypes types;
    private final EvalMode mode;
    private final Diagnostics diagnostics;

    /** Creates an evaluator. */
    public Evaluator(IntegerTypes types, EvalMode mode, Diagnostics diagnostics) {
        this.types = types;
        this.mode = mode;
        this.diagnostics = diagnostics;
    }

    /** {@return the integer type rules in use} */
    public IntegerTypes types() {
        return types;
    }

    /** {@return {@code v} as the mode sees it: widened to intmax/uintmax in {@code #if}} */
    public IntValue widen(IntValue v) {
        if (mode == EvalMode.C) {
            return v;
        }
        ScalarKind k = types.isSigned(v.type()) ? ScalarKind.LONG_LONG : ScalarKind.UNSIGNED_LONG_LONG;
        return new IntValue(v.bits(), k);
    }

    private IntValue result(long bits, ScalarKind kind) {
        return widen(types.convert(bits, kind));
    }

    /** {@return an {@code int} 0 or 1} */
    public IntValue truth(boolean b) {
        return result(b ? 1 : 0, ScalarKind.INT);
    }

    /** Applies a unary operator ({@code + - ~ !}). */
    public IntValue unary(String op, IntValue v) {
        ScalarKind k = types.promote(v.type());
        return switch (op) {
            case "+" -> result(v.bits(), k);
            case "-" -> result(-v.bits(), k);
            case "~" -> result(~v.bits(), k);
            case "!" -> truth(v.bits() == 0);
            default -> throw new IllegalArgumentException(op);
        };
    }

    /** Converts {@code v} to {@code kind} as a cast does. */
    public IntValue cast(IntValue v, ScalarKind kind) {
        return result(v.bits(), kind);
    }

    /** Applies a binary operator other than {@code && || ?:}; {@code at} is the operator token. */
    public IntValue binary(Token at, String op, IntValue a, IntValue b, boolean live) {
        if (op.equals("<<") || op.equals(">>")) {
            return shift(at, op, a, b, live);
        }
        ScalarKind k = types.common(a.type(), b.type());
        long x = types.convert(a.bits(), k).bits();
        long y = types.convert(b.bits(), k).bits();
        boolean signed = types.isSigned(k);
        return switch (op) {
            case "*" -> checked(at, Math.multiplyHigh(x, y) != (x * y >> 63) && signed, x * y, k, live);
            case "/", "%" -> divide(at, op, x, y, k, live);
            case "+" -> checked(at, signed && ((x ^ (x + y)) & (y ^ (x + y))) < 0, x + y, k, live);
            case "-" -> checked(at, signed && ((x ^ y) & (x ^ (x - y))) < 0, x - y, k, live);
            case "&" -> result(x & y, k);
            case "|" -> result(x | y, k);
            case "^" -> result(x ^ y, k);
            case "==" -> truth(x == y);
            case "!=" -> truth(x != y);
            case "<" -> truth(compare(x, y, signed) < 0);
            case ">" -> truth(compare(x, y, signed) > 0);
            case "<=" -> truth(compare(x, y, signed) <= 0);
            case ">=" -> truth(compare(x, y, signed) >= 0);
            default -> throw new IllegalArgumentException(op);
        };
    }

    private static int compare(long x, long y, boolean signed) {
        return signed ? Long.compare(x, y) : Long.compareUnsigned(x, y);
    }

    private IntValue checked(Token at, boolean overflow64, long bits, ScalarKind k, boolean live) {
        IntValue r = result(bits, k);
        boolean overflow = overflow64 || types.isSigned(k) && types.convert(bits, k).bits() != bits;
        if (overflow && live) {
            diagnostics.warning(at.reportPosition(), "integer-overflow", "integer overflow in constant expression");
        }
        return r;
    }

    private IntValue divide(Token at, String op, long x, long y, ScalarKind k, boolean live) {
        if (y == 0) {
            if (live) {
                diagnostics.error(at.reportPosition(), "division-by-zero",
                        op.equals("/") ? "division by zero" : "remainder by zero");
            }
            return result(0, k);
        }
        boolean signed = types.isSigned(k);
        if (!signed) {
            return result(op.equals("/") ? Long.divideUnsigned(x, y) : Long.remainderUnsigned(x, y), k);
        }
        long q = x / y;
        boolean overflow = (x == Long.MIN_VALUE && y == -1) || types.convert(q, k).bits() != q;
        return op.equals("/") ? checked(at, overflow, q, k, live) : result(overflow ? 0 : x % y, k);
    }

    private IntValue shift(Token at, String op, IntValue a, IntValue b, boolean live) {
        ScalarKind k = types.promote(a.type());
        long count = b.bits();
        int width = types.width(k);
        boolean countSigned = types.isSigned(types.promote(b.type()));
        if ((countSigned && count < 0) || (!countSigned && count < 0) || count >= width) {
            if (live) {
                diagnostics.error(at.reportPosition(), "shift-out-of-range",
                        "shift count %s is out of range for a %d-bit type", b.decimal(), width);
            }
            return result(0, k);
        }
        long x = a.bits();
        if (op.equals("<<")) {
            return result(x << count, k);
        }
        return result(types.isSigned(k) ? x >> count : x >>> count, k);
    }
}
