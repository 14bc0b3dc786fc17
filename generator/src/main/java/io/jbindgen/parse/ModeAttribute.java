package io.jbindgen.parse;

import io.jbindgen.abi.Target;
import io.jbindgen.model.CType;
import io.jbindgen.model.ScalarKind;

/** Applies GNU {@code __attribute__((mode(QI|HI|SI|DI|TI|word|pointer|byte)))} to an integer type. */
final class ModeAttribute {
    private ModeAttribute() {
    }

    static CType apply(CType type, AttrSet attrs, Target target) {
        if (attrs.mode() == null || !(type.canonical() instanceof CType.Scalar s) || !s.kind().isInteger()) {
            return type;
        }
        int bits = switch (attrs.mode()) {
            case "QI", "byte" -> 8;
            case "HI" -> 16;
            case "SI" -> 32;
            case "DI" -> 64;
            case "TI" -> 128;
            case "word", "pointer" -> target.pointer().size() * 8;
            default -> 0;
        };
        if (bits == 0) {
            return type;
        }
        boolean unsigned = s.kind().isUnsigned() || s.kind() == ScalarKind.CHAR && !target.charSigned();
        return new CType.Scalar(EnumTypes.integerOfWidth(bits, unsigned, target));
    }
}
