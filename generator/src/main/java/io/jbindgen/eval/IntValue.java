package io.jbindgen.eval;

import io.jbindgen.model.ScalarKind;
import java.util.Objects;

/**
 * The value of an integer constant expression: its bits (sign- or zero-extended from the type's
 * width to 64 bits) and its C type.
 *
 * @param bits the value; for unsigned 64-bit types read it with {@link Long#toUnsignedString(long)}
 * @param type the C type of the expression
 */
public record IntValue(long bits, ScalarKind type) {

    public IntValue {
        Objects.requireNonNull(type, "type");
    }

    /** {@return whether the value is negative when read with its type's signedness} */
    public boolean isNegative() {
        return bits < 0 && !type.isUnsigned();
    }

    /** {@return whether the value is not zero} */
    public boolean isTrue() {
        return bits != 0;
    }

    /** {@return the value in decimal, unsigned 64-bit types read as unsigned} */
    public String decimal() {
        return type == ScalarKind.UNSIGNED_LONG_LONG || type == ScalarKind.UNSIGNED_LONG && bits < 0
                ? Long.toUnsignedString(bits) : Long.toString(bits);
    }
}
