package io.jbindgen.parse;

import io.jbindgen.target.Target;
import io.jbindgen.eval.IntValue;
import io.jbindgen.model.ScalarKind;
import java.util.List;

/** The integer types gcc gives enums and enumeration constants. */
final class EnumTypes {
    private EnumTypes() {
    }

    /**
     * {@return the underlying type of an enum with these values, as gcc's {@code finish_enum}
     * picks it: {@code unsigned int} or {@code int} when the values fit, else (and always when
     * packed) the narrowest integer type that holds them, and the 64-bit signed type when none does}
     */
    static ScalarKind underlying(List<IntValue> values, boolean packed, Target target) {
        boolean unsigned = true;
        for (IntValue v : values) {
            unsigned &= !v.isNegative();
        }
        int precision = 1;
        for (IntValue v : values) {
            precision = Math.max(precision, precision(v, unsigned));
        }
        if (!packed && precision <= 32) {
            return unsigned ? ScalarKind.UNSIGNED_INT : ScalarKind.INT;
        }
        if (precision > 64) {
            // negative values beside one above LLONG_MAX: gcc warns that the values exceed the range of
            // the largest integer and takes the 64-bit signed type, even where __int128 exists
            return integerOfWidth(64, false, target);
        }
        int bits = precision <= 8 ? 8 : precision <= 16 ? 16 : precision <= 32 ? 32 : 64;
        return integerOfWidth(bits, unsigned, target);
    }

    private static int precision(IntValue v, boolean unsigned) {
        long b = v.bits();
        if (unsigned) {
            return Math.max(1, 64 - Long.numberOfLeadingZeros(b));
        }
        if (!v.isNegative() && b < 0) {
            return 65;
        }
        return 64 - Long.numberOfLeadingZeros(b < 0 ? ~b : b) + 1;
    }

    /** {@return the integer type of exactly {@code bits} bits with that signedness} */
    static ScalarKind integerOfWidth(int bits, boolean unsigned, Target target) {
        return switch (bits) {
            case 8 -> unsigned ? ScalarKind.UNSIGNED_CHAR : ScalarKind.SIGNED_CHAR;
            case 16 -> unsigned ? ScalarKind.UNSIGNED_SHORT : ScalarKind.SHORT;
            case 32 -> unsigned ? ScalarKind.UNSIGNED_INT : ScalarKind.INT;
            case 64 -> target.isLp64() ? (unsigned ? ScalarKind.UNSIGNED_LONG : ScalarKind.LONG)
                    : (unsigned ? ScalarKind.UNSIGNED_LONG_LONG : ScalarKind.LONG_LONG);
            default -> unsigned ? ScalarKind.UNSIGNED_INT128 : ScalarKind.INT128;
        };
    }

    /** {@return the type of an enumeration constant with this value: {@code int} when it fits} */
    static IntValue constantType(IntValue v, Target target) {
        long b = v.bits();
        if (fitsInt(v)) {
            return new IntValue(b, ScalarKind.INT);
        }
        if (!v.isNegative() && b >= 0 && b <= 0xFFFF_FFFFL) {
            return new IntValue(b, ScalarKind.UNSIGNED_INT);
        }
        boolean unsigned = !v.isNegative() && b < 0;
        return new IntValue(b, integerOfWidth(64, unsigned, target));
    }

    private static boolean fitsInt(IntValue v) {
        long b = v.bits();
        return v.isNegative() ? b >= Integer.MIN_VALUE : b >= 0 && b <= Integer.MAX_VALUE;
    }

    /**
     * {@return the implicit value after {@code previous}, as gcc's {@code build_enumerator} computes it:
     * previous + 1 in the previous value's type, which is {@code int} when the value fits, else the type of
     * the expression that gave it}
     */
    static IntValue next(IntValue previous, Target target) {
        IntValue next = new IntValue(previous.bits() + 1, fitsInt(previous) ? ScalarKind.INT : previous.type());
        return fitsInt(next) ? new IntValue(next.bits(), ScalarKind.INT) : next;
    }

    /**
     * {@return whether {@code value} is the largest of its type as {@link #next} sees it ({@code int} when it
     * fits): then the enumerator after it without a value of its own overflows, which gcc rejects}
     */
    static boolean isLargest(IntValue value, Target target) {
        ScalarKind type = fitsInt(value) ? ScalarKind.INT : value.type();
        int bits = target.scalar(type).map(s -> s.size() * 8).orElse(128);
        if (bits > 64) {
            return false;
        }
        long max = type.isUnsigned() ? -1L >>> (64 - bits) : Long.MAX_VALUE >>> (64 - bits);
        return value.bits() == max;
    }
}
