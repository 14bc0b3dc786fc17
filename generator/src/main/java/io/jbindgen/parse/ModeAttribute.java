package io.jbindgen.parse;

import io.jbindgen.target.Target;
import io.jbindgen.model.CType;
import io.jbindgen.model.ScalarKind;

/**
 * Applies GNU {@code __attribute__((mode(...)))}: QI, HI, SI, DI, TI, byte, word and pointer to an integer
 * type, SF and DF to a floating type, and the pointer-sized mode to a pointer. Any other mode or pairing
 * (gcc rejects some, and makes vector, wider floating or narrower pointer types of others) is an error: it
 * is not modelled.
 */
final class ModeAttribute {
    private ModeAttribute() {
    }

    static CType apply(CType type, AttrSet attrs, Target target) {
        String mode = attrs.mode();
        if (mode == null) {
            return type;
        }
        CType canonical = type.canonical();
        if (canonical instanceof CType.Scalar s && s.kind().isInteger()) {
            int bits = integerBits(mode, target);
            if (bits > 0) {
                boolean unsigned = s.kind().isUnsigned() || s.kind() == ScalarKind.CHAR && !target.charSigned();
                return new CType.Scalar(EnumTypes.integerOfWidth(bits, unsigned, target));
            }
        } else if (canonical instanceof CType.Scalar s && isFloating(s.kind())) {
            if (mode.equals("SF") || mode.equals("DF")) {
                return new CType.Scalar(mode.equals("SF") ? ScalarKind.FLOAT : ScalarKind.DOUBLE);
            }
        } else if (canonical instanceof CType.Pointer && integerBits(mode, target) == target.pointer().size() * 8) {
            return type;
        }
        throw new SyntaxError(attrs.modePosition(), "unsupported-attribute",
                "mode '" + mode + "' on type '" + type.spelling() + "' is not modelled (gcc rejects it, or makes a "
                        + "vector, floating or pointer type of another size)");
    }

    private static int integerBits(String mode, Target target) {
        return switch (mode) {
            case "QI", "byte" -> 8;
            case "HI" -> 16;
            case "SI" -> 32;
            case "DI" -> 64;
            case "TI" -> 128;
            case "word", "pointer" -> target.pointer().size() * 8;
            default -> 0;
        };
    }

    private static boolean isFloating(ScalarKind kind) {
        return kind == ScalarKind.FLOAT || kind == ScalarKind.DOUBLE || kind == ScalarKind.LONG_DOUBLE;
    }
}
