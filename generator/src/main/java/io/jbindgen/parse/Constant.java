package io.jbindgen.parse;

import io.jbindgen.model.ScalarKind;
import java.util.Objects;

/**
 * The value of an integer constant expression as the parser uses it.
 *
 * @param bits the value, sign- or zero-extended to 64 bits
 * @param type its C type
 */
record Constant(long bits, ScalarKind type) {
    Constant {
        Objects.requireNonNull(type, "type");
    }

    /** {@return whether the value is negative when read with its type's signedness} */
    boolean isNegative() {
        return bits < 0 && !type.isUnsigned();
    }
}
