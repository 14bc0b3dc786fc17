package io.jbindgen.eval;

import io.jbindgen.target.ScalarInfo;
import io.jbindgen.target.Target;
import io.jbindgen.model.ScalarKind;
import java.util.Optional;

/**
 * The integer types of one target: widths, signedness, ranks, the integer promotions and the usual
 * arithmetic conversions (C11 6.3.1).
 */
public final class IntegerTypes {
    private final Target target;

    /** Creates the integer type rules of {@code target}. */
    public IntegerTypes(Target target) {
        this.target = target;
    }

    /** {@return the target} */
    public Target target() {
        return target;
    }

    /** {@return the width of {@code kind} in bits} */
    public int width(ScalarKind kind) {
        if (kind == ScalarKind.BOOL) {
            return 1;
        }
        Optional<ScalarInfo> s = target.scalar(kind);
        return s.isPresent() ? s.get().size() * 8 : 64;
    }

    /** {@return whether {@code kind} is signed on this target (plain {@code char} included)} */
    public boolean isSigned(ScalarKind kind) {
        return kind == ScalarKind.CHAR ? target.charSigned() : !kind.isUnsigned();
    }

    /** {@return whether the target has {@code kind}} */
    public boolean supports(ScalarKind kind) {
        return target.scalar(kind).isPresent();
    }

    /** {@return the type {@code size_t} is on this target} */
    public ScalarKind sizeType() {
        return target.isLp64() ? ScalarKind.UNSIGNED_LONG : ScalarKind.UNSIGNED_INT;
    }

    /** {@return the type {@code wchar_t} is on this target} */
    public ScalarKind wcharType() {
        return target.wcharType();
    }

    /** {@return {@code bits} converted to {@code kind}: truncated to its width, then sign- or zero-extended} */
    public IntValue convert(long bits, ScalarKind kind) {
        if (kind == ScalarKind.BOOL) {
            return new IntValue(bits != 0 ? 1 : 0, kind);
        }
        int w = width(kind);
        if (w >= 64) {
            return new IntValue(bits, kind);
        }
        int shift = 64 - w;
        long v = isSigned(kind) ? (bits << shift) >> shift : (bits << shift) >>> shift;
        return new IntValue(v, kind);
    }

    /** {@return whether {@code bits}, read as the 64-bit value of a {@code from}, is representable in {@code to}} */
    public boolean fits(long bits, boolean fromSigned, ScalarKind to) {
        int w = Math.min(width(to), 64);
        boolean toSigned = isSigned(to);
        if (!fromSigned && bits < 0) {
            return !toSigned && w == 64;
        }
        if (fromSigned && bits < 0) {
            return toSigned && (w == 64 || bits >= -(1L << (w - 1)));
        }
        long max = toSigned ? (w == 64 ? Long.MAX_VALUE : (1L << (w - 1)) - 1) : (w == 64 ? -1L : (1L << w) - 1);
        return max < 0 || bits <= max;
    }

    /** {@return the C11 integer conversion rank of {@code kind}} */
    static int rank(ScalarKind kind) {
        return switch (kind) {
            case BOOL -> 0;
            case CHAR, SIGNED_CHAR, UNSIGNED_CHAR -> 1;
            case SHORT, UNSIGNED_SHORT -> 2;
            case INT, UNSIGNED_INT -> 3;
            case LONG, UNSIGNED_LONG -> 4;
            case LONG_LONG, UNSIGNED_LONG_LONG -> 5;
            case INT128, UNSIGNED_INT128 -> 6;
            default -> throw new IllegalArgumentException("not an integer type: " + kind);
        };
    }

    /** {@return the type of {@code kind} after the integer promotions} */
    public ScalarKind promote(ScalarKind kind) {
        return rank(kind) < rank(ScalarKind.INT) ? ScalarKind.INT : kind;
    }

    /** {@return the common type of the usual arithmetic conversions of two integer types} */
    public ScalarKind common(ScalarKind a, ScalarKind b) {
        ScalarKind x = promote(a);
        ScalarKind y = promote(b);
        if (x == y) {
            return x;
        }
        boolean xs = isSigned(x);
        boolean ys = isSigned(y);
        if (xs == ys) {
            return rank(x) >= rank(y) ? x : y;
        }
        ScalarKind unsigned = xs ? y : x;
        ScalarKind signed = xs ? x : y;
        if (rank(unsigned) >= rank(signed)) {
            return unsigned;
        }
        if (width(signed) > width(unsigned)) {
            return signed;
        }
        return toUnsigned(signed);
    }

    /** {@return the unsigned type corresponding to {@code kind}} */
    public static ScalarKind toUnsigned(ScalarKind kind) {
        return switch (kind) {
            case CHAR, SIGNED_CHAR -> ScalarKind.UNSIGNED_CHAR;
            case SHORT -> ScalarKind.UNSIGNED_SHORT;
            case INT -> ScalarKind.UNSIGNED_INT;
            case LONG -> ScalarKind.UNSIGNED_LONG;
            case LONG_LONG -> ScalarKind.UNSIGNED_LONG_LONG;
            case INT128 -> ScalarKind.UNSIGNED_INT128;
            default -> kind;
        };
    }
}
