package io.jbindgen.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;

/** Java expressions that read and write one scalar in a segment, widening unsigned values. */
final class ScalarCode {

    private ScalarCode() {
    }

    /** {@return the expression that reads {@code s} at {@code offset} from {@code segment}} */
    static CodeBlock read(RecordContext ctx, JType.Scalar s, CodeBlock offset) {
        return widen(s, CodeBlock.of("segment.get($L, $L)", ctx.access().ref(s.storage(), s.order()), offset));
    }

    /** {@return the expression that reads member {@code m}, a fixed {@code s} at {@code offset}, from {@code segment}} */
    static CodeBlock readFixed(RecordContext ctx, Member m, JType.Scalar s, CodeBlock offset) {
        CodeBlock handle = fixedHandle(ctx, m, s, offset);
        return widen(s, CodeBlock.of("($T) $L.get(segment, 0L)", TypeMapping.storageType(s.storage()), handle));
    }

    private static CodeBlock widen(JType.Scalar s, CodeBlock raw) {
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
        CodeBlock access = ctx.access().ref(s.storage(), s.order());
        return CodeBlock.builder().add(check(ctx, m, s))
                .addStatement("segment.set($L, $L, $L)", access, offset, stored(s)).build();
    }

    /** {@return the statements that check {@code value} and write it to member {@code m}, a fixed {@code s} at {@code offset}} */
    static CodeBlock writeFixed(RecordContext ctx, Member m, JType.Scalar s, CodeBlock offset) {
        CodeBlock handle = fixedHandle(ctx, m, s, offset);
        return CodeBlock.builder().add(check(ctx, m, s))
                .addStatement("$L.set(segment, 0L, $L)", handle, stored(s)).build();
    }

    /** The var handle of a fixed member; a pointer to a generated record's carries the record's layout. */
    private static CodeBlock fixedHandle(RecordContext ctx, Member m, JType.Scalar s, CodeBlock offset) {
        if (s.storage() == JType.Storage.ADDRESS) {
            var pointee = ctx.mapping().pointeeRecord(m.field().type());
            if (pointee.isPresent()) {
                return ctx.access().pointeeHandle(m, s.order(), pointee.get(), offset);
            }
        }
        return ctx.access().handle(m, s.storage(), s.order(), offset);
    }

    private static CodeBlock check(RecordContext ctx, Member m, JType.Scalar s) {
        long max = TypeMapping.unsignedMax(s);
        return max > 0 ? rangeCheck(0, max, ctx.qualified(m)) : CodeBlock.of("");
    }

    /** {@return {@code value} converted to the storage type, exactly as a var handle takes it} */
    private static CodeBlock stored(JType.Scalar s) {
        TypeName storage = TypeMapping.storageType(s.storage());
        if (s.storage() == JType.Storage.BOOL) {
            return CodeBlock.of("(byte) (value ? 1 : 0)");
        }
        return storage.equals(TypeMapping.javaType(s)) ? CodeBlock.of("value") : CodeBlock.of("($T) value", storage);
    }

    /** {@return an inline test of {@code value} against {@code [min, max]}, throwing on the cold path} */
    static CodeBlock rangeCheck(long min, long max, String field) {
        return CodeBlock.builder()
                .beginControlFlow(min == 0 ? "if (value < 0 || value > $LL)" : "if (value < $LL || value > $LL)",
                        min == 0 ? new Object[] {max} : new Object[] {min, max})
                .addStatement("throw $T.outOfRange(value, $LL, $LL, $S)", RuntimeNames.CHECKS, min, max, field)
                .endControlFlow()
                .build();
    }

    /** {@return an inline test of {@code index} against {@code length}, throwing on the cold path} */
    static CodeBlock indexCheck(CodeBlock length, String field) {
        return indexCheck("index", length, field);
    }

    /** {@return an inline test of the index variable {@code index} against {@code length}, throwing on the cold path} */
    static CodeBlock indexCheck(String index, CodeBlock length, String field) {
        return CodeBlock.builder()
                .beginControlFlow("if ($N < 0 || $N >= $L)", index, index, length)
                .addStatement("throw $T.outOfBounds($N, $L, $S)", RuntimeNames.CHECKS, index, length, field)
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
        if (m.type() instanceof JType.Scalar s && s.storage() == JType.Storage.ADDRESS) {
            b.append("\nThe pointer is a {@code MemorySegment} ({@code MemorySegment.NULL} for {@code NULL}): "
                    + "zero-length, or the size of the record it points to when that has a generated class.");
        } else if (m.type() instanceof JType.Scalar s && s.pointer()) {
            b.append("\nThe pointer is exposed as an unsigned address of the target's width (a 32-bit "
                    + "target's addresses are not this JVM's).");
        }
        return b.toString();
    }
}
