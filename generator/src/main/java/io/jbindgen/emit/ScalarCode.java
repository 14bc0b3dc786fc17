package io.jbindgen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;

/** Java expressions that read and write one scalar in a segment, widening unsigned values. */
final class ScalarCode {
    static final ClassName CHECKS = ClassName.get("io.jbindgen.runtime", "Checks");

    private ScalarCode() {
    }

    /** {@return the expression that reads {@code s} at {@code offset} from {@code segment}} */
    static CodeBlock read(RecordContext ctx, JType.Scalar s, CodeBlock offset) {
        CodeBlock raw = CodeBlock.of("segment.get($L, $L)", ctx.access().ref(s.storage(), s.order()), offset);
        if (s.storage() == JType.Storage.BOOL) {
            return CodeBlock.of("$L != 0", raw);
        }
        if (!s.unsigned()) {
            return raw;
        }
        return switch (s.storage()) {
            case I8 -> CodeBlock.of("$T.toUnsignedInt($L)", TypeName.BYTE.box(), raw);
            case I16 -> CodeBlock.of("$T.toUnsignedInt($L)", TypeName.SHORT.box(), raw);
            case I32 -> CodeBlock.of("$T.toUnsignedLong($L)", TypeName.INT.box(), raw);
            default -> raw;
        };
    }

    /** {@return the statements that check {@code value} and write it at {@code offset}} */
    static CodeBlock write(RecordContext ctx, Member m, JType.Scalar s, CodeBlock offset) {
        CodeBlock.Builder b = CodeBlock.builder();
        long max = TypeMapping.unsignedMax(s);
        if (max > 0) {
            b.add(rangeCheck(0, max, ctx.qualified(m)));
        }
        CodeBlock access = ctx.access().ref(s.storage(), s.order());
        TypeName storage = TypeMapping.storageType(s.storage());
        TypeName java = TypeMapping.javaType(s);
        if (s.storage() == JType.Storage.BOOL) {
            b.addStatement("segment.set($L, $L, (byte) (value ? 1 : 0))", access, offset);
        } else if (storage.equals(java)) {
            b.addStatement("segment.set($L, $L, value)", access, offset);
        } else {
            b.addStatement("segment.set($L, $L, ($T) value)", access, offset, storage);
        }
        return b.build();
    }

    /** {@return an inline test of {@code value} against {@code [min, max]}, throwing on the cold path} */
    static CodeBlock rangeCheck(long min, long max, String field) {
        return CodeBlock.builder()
                .beginControlFlow(min == 0 ? "if (value < 0 || value > $LL)" : "if (value < $LL || value > $LL)",
                        min == 0 ? new Object[] {max} : new Object[] {min, max})
                .addStatement("throw $T.outOfRange(value, $LL, $LL, $S)", CHECKS, min, max, field)
                .endControlFlow()
                .build();
    }

    /** {@return an inline test of {@code index} against {@code length}, throwing on the cold path} */
    static CodeBlock indexCheck(CodeBlock length, String field) {
        return CodeBlock.builder()
                .beginControlFlow("if (index < 0 || index >= $L)", length)
                .addStatement("throw $T.outOfBounds(index, $L, $S)", CHECKS, length, field)
                .endControlFlow()
                .build();
    }

    /** {@return the Javadoc sentence describing the C member's type and place} */
    static String describe(Member m, String where) {
        String spelling = m.field().type().spelling();
        String canonical = m.field().type().canonical().spelling();
        StringBuilder b = new StringBuilder("<p>C member ").append(JavadocText.code(m.cName()))
                .append(" of type ").append(JavadocText.code(spelling));
        if (!canonical.equals(spelling)) {
            b.append(" (").append(JavadocText.code(canonical)).append(')');
        }
        b.append(", ").append(where).append('.');
        if (m.inAnonymous()) {
            b.append(" It is a member of an anonymous struct or union.");
        }
        if (m.type() instanceof JType.Scalar s && s.unsigned() && s.storage() == JType.Storage.I64) {
            b.append("\nThe C type is unsigned: values above {@link Long#MAX_VALUE} are negative in Java; "
                    + "read them with {@link Long#toUnsignedString(long)}.");
        }
        if (m.type() instanceof JType.Scalar s && s.pointer()) {
            b.append("\nThe pointer is exposed as an unsigned address on the target.");
        }
        return b.toString();
    }
}
