package io.jbindgen.report;

import io.jbindgen.target.Target;
import io.jbindgen.model.ScalarKind;

/** Decimal text of an integer value of a given C type on a target: unsigned types print unsigned. */
public final class IntegerText {
    private IntegerText() {
    }

    /** {@return whether values of {@code kind} are unsigned on {@code target} (plain char included)} */
    public static boolean isUnsigned(ScalarKind kind, Target target) {
        return kind.isUnsigned() || kind == ScalarKind.CHAR && !target.charSigned();
    }

    /**
     * {@return {@code value} as a decimal of type {@code kind}: truncated to the type's width, then read
     * as unsigned or signed}
     */
    public static String of(long value, ScalarKind kind, Target target) {
        int bits = target.scalar(kind).map(s -> s.size() * 8).orElse(64);
        long v = value;
        if (bits < 64) {
            long mask = (1L << bits) - 1;
            v = isUnsigned(kind, target) ? v & mask : (v << (64 - bits)) >> (64 - bits);
        }
        return isUnsigned(kind, target) ? Long.toUnsignedString(v) : Long.toString(v);
    }
}
