package io.jbindgen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.nio.ByteOrder;
import javax.lang.model.element.Modifier;

/**
 * Getter and setter of a bitfield: one read of the smallest storage unit (1, 2, 4 or 8 bytes) that
 * holds the field's bits and lies inside its record, a shift and a mask. The setter rejects values
 * that do not fit the width and keeps the neighbouring bits. A bitfield no such unit covers is read
 * and written bit by bit through the runtime's {@code Bits}.
 */
final class BitfieldEmitter {
    private static final ClassName BITS = ClassName.get("io.jbindgen.runtime", "Bits");
    private BitfieldEmitter() {
    }

    /** Where the bits lie: a storage unit of {@code bytes} at {@code start} and the field's shift in it. */
    private record Unit(long start, int bytes, int shift) {
    }

    private static Unit unit(Member m, long recordStart) {
        JType.Scalar s = (JType.Scalar) m.type();
        int width = m.field().bitWidth();
        long first = m.offsetBits() / 8;
        long span = (m.offsetBits() % 8 + width + 7) / 8;
        for (int bytes = 1; bytes <= 8; bytes *= 2) {
            if (bytes < span) {
                continue;
            }
            long aligned = m.offsetBits() / 8 / bytes * bytes;
            long start = aligned * 8 + 8L * bytes >= m.offsetBits() + width && aligned + bytes <= m.extentEnd()
                    ? aligned : Math.min(first, m.extentEnd() - bytes);
            if (start < recordStart || start > first) {
                return null;
            }
            int within = (int) (m.offsetBits() - 8 * start);
            int shift = s.order() == ByteOrder.BIG_ENDIAN ? 8 * bytes - within - width : within;
            return new Unit(start, bytes, shift);
        }
        return null;
    }

    static void emit(RecordContext ctx, Member m, long recordStart) {
        JType.Scalar s = (JType.Scalar) m.type();
        Unit u = unit(m, recordStart);
        int width = m.field().bitWidth();
        boolean signed = !s.unsigned() && s.storage() != JType.Storage.BOOL;
        TypeName java = s.storage() == JType.Storage.BOOL && width == 1 ? TypeName.BOOLEAN
                : (signed ? width <= 32 : width <= 31) ? TypeName.INT : TypeName.LONG;
        long mask = width == 64 ? -1L : (1L << width) - 1;
        if (u == null) {
            u = new Unit(0, 8, 0);
        }
        boolean bytewise = unit(m, recordStart) == null;
        JType.Storage storage = JType.Storage.integer(u.bytes());
        JType.Scalar unitType = new JType.Scalar(storage, true, s.order(), null, false);
        CodeBlock load = bytewise
                ? CodeBlock.of("$T.read(segment, $LL, $L, $T.$L)", BITS, m.offsetBits(), width,
                        LayoutExpressionEmitter.BYTE_ORDER, LayoutExpressionEmitter.order(s.order()))
                : ScalarCode.read(ctx, unitType, CodeBlock.of("$LL", u.start()));
        if (!bytewise && (storage == JType.Storage.I8 || storage == JType.Storage.I16)) {
            load = CodeBlock.of("(long) $L", load);
        }
        String where = bytewise ? "bits " + m.offsetBits() + ".." + (m.offsetBits() + width - 1) + " of the record"
                : "bits " + (m.offsetBits() - 8 * u.start()) + ".." + (m.offsetBits() - 8 * u.start() + width - 1)
                + " of the " + u.bytes() + "-byte unit at byte offset " + u.start() + " (" + width + " bits wide)";
        String doc = JavadocText.paragraph(m.field().doc()) + ScalarCode.describe(m, where) + "\n\n";
        CodeBlock value;
        if (java.equals(TypeName.BOOLEAN)) {
            value = CodeBlock.of("(($L >>> $L) & 1L) != 0", load, u.shift());
        } else if (signed) {
            value = CodeBlock.of("($T) (($L << $L) >> $L)", java, load, 64 - u.shift() - width, 64 - width);
        } else {
            value = CodeBlock.of("($T) (($L >>> $L) & 0x$LL)", java, load, u.shift(), Long.toHexString(mask));
        }
        ctx.type().addMethod(MethodSpec.methodBuilder(m.javaName())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Reads the bitfield $L.\n\n$L@return the value\n", JavadocText.code(m.cName()), doc)
                .returns(java)
                .addStatement("return $L", value)
                .build());
        long min = signed ? -(1L << (width - 1)) : 0;
        long max = signed ? (1L << (width - 1)) - 1 : mask;
        MethodSpec.Builder setter = MethodSpec.methodBuilder(m.javaName())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Writes the bitfield $L, keeping the other bits of its storage unit.\n\n$L"
                        + "@param value the new value\n@return this view\n", JavadocText.code(m.cName()), doc)
                .returns(ctx.cls())
                .addParameter(java, "value");
        CodeBlock bits;
        if (java.equals(TypeName.BOOLEAN)) {
            bits = CodeBlock.of("(value ? 1L : 0L)");
        } else {
            boolean fullRange = width == 64 || signed && width == (java.equals(TypeName.INT) ? 32 : 64);
            if (!fullRange) {
                setter.addJavadoc("@throws IllegalArgumentException if {@code value} is outside [$L, $L]\n",
                        min, max);
                setter.addStatement("$T.range(value, $LL, $LL, $S)", ScalarCode.CHECKS, min, max, ctx.qualified(m));
            }
            bits = CodeBlock.of("(value & 0x$LL)", Long.toHexString(mask));
        }
        if (bytewise) {
            ctx.type().addMethod(setter.addStatement("$T.write(segment, $LL, $L, $T.$L, $L)", BITS, m.offsetBits(), width,
                            LayoutExpressionEmitter.BYTE_ORDER, LayoutExpressionEmitter.order(s.order()), bits)
                    .addStatement("return this").build());
            return;
        }
        setter.addStatement("long unit = $L", load)
                .addStatement("unit = (unit & ~(0x$LL << $L)) | ($L << $L)", Long.toHexString(mask), u.shift(),
                        bits, u.shift())
                .addStatement("segment.set($L, $LL, ($T) unit)", ctx.access().ref(storage, s.order()), u.start(),
                        TypeMapping.storageType(storage))
                .addStatement("return this");
        ctx.type().addMethod(setter.build());
    }
}
