package io.jbindgen.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.nio.ByteOrder;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Getter and setter of a bitfield: one read of the smallest storage unit (1, 2, 4 or 8 bytes) that
 * holds the field's bits and lies inside its record, a shift and a mask. The setter rejects values
 * that do not fit the width and keeps the neighbouring bits. A bitfield no such unit covers is read
 * and written bit by bit through the runtime's {@code Bits}.
 */
final class BitfieldEmitter {
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

    /** Everything the getter and setter of one bitfield share. */
    private record Plan(Member m, JType.Scalar s, Unit u, boolean bytewise, int width, boolean signed,
            TypeName java, long mask, CodeBlock load, String doc) {
    }

    static void emit(RecordContext ctx, Member m, long recordStart) {
        Plan p = plan(ctx, m, recordStart);
        getter(ctx, p);
        setter(ctx, p);
        if (!p.java().equals(TypeName.BOOLEAN)) {
            ctx.mapping().enumClass(p.s()).ifPresent(cls ->
                    ScalarAccessorEmitter.enumView(ctx, m, cls, p.java(), List.of()));
        }
    }

    private static Plan plan(RecordContext ctx, Member m, long recordStart) {
        JType.Scalar s = (JType.Scalar) m.type();
        Unit found = unit(m, recordStart);
        boolean bytewise = found == null;
        Unit u = bytewise ? new Unit(0, 8, 0) : found;
        int width = m.field().bitWidth();
        boolean signed = !s.unsigned() && s.storage() != JType.Storage.BOOL;
        TypeName java = s.storage() == JType.Storage.BOOL && width == 1 ? TypeName.BOOLEAN
                : (signed ? width <= 32 : width <= 31) ? TypeName.INT : TypeName.LONG;
        long mask = width == 64 ? -1L : (1L << width) - 1;
        JType.Storage storage = JType.Storage.integer(u.bytes());
        CodeBlock load = bytewise
                ? CodeBlock.of("$T.read(segment, $LL, $L, $T.$L)", RuntimeNames.BITS, m.offsetBits(), width,
                        LayoutExpressionEmitter.BYTE_ORDER, LayoutExpressionEmitter.order(s.order()))
                : ScalarCode.readFixed(ctx, m, new JType.Scalar(storage, true, s.order(), null, false),
                        CodeBlock.of("$LL", u.start()));
        if (!bytewise && (storage == JType.Storage.I8 || storage == JType.Storage.I16)) {
            load = CodeBlock.of("(long) $L", load);
        }
        String where = bytewise ? "bits " + m.offsetBits() + ".." + (m.offsetBits() + width - 1) + " of the record"
                : "bits " + (m.offsetBits() - 8 * u.start()) + ".." + (m.offsetBits() - 8 * u.start() + width - 1)
                + " of the " + u.bytes() + "-byte unit at byte offset " + u.start() + " (" + width + " bits wide)";
        String doc = JavadocText.paragraph(m.field().doc()) + ScalarCode.describe(m, where) + "\n\n";
        return new Plan(m, s, u, bytewise, width, signed, java, mask, load, doc);
    }

    private static void getter(RecordContext ctx, Plan p) {
        CodeBlock value;
        // the shifts and masks are long arithmetic: only a narrower result needs a cast (javac -Xlint:cast)
        CodeBlock cast = p.java().equals(TypeName.LONG) ? CodeBlock.of("") : CodeBlock.of("($T) ", p.java());
        if (p.java().equals(TypeName.BOOLEAN)) {
            value = CodeBlock.of("(($L >>> $L) & 1L) != 0", p.load(), p.u().shift());
        } else if (p.signed()) {
            value = CodeBlock.of("$L(($L << $L) >> $L)", cast, p.load(), 64 - p.u().shift() - p.width(),
                    64 - p.width());
        } else {
            value = CodeBlock.of("$L(($L >>> $L) & 0x$LL)", cast, p.load(), p.u().shift(),
                    Long.toHexString(p.mask()));
        }
        ctx.type().addMethod(MethodSpec.methodBuilder(p.m().javaName())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Reads the bitfield $L.\n\n$L@return the value\n", JavadocText.code(p.m().cName()), p.doc())
                .returns(p.java())
                .addStatement("return $L", value)
                .build());
    }

    private static void setter(RecordContext ctx, Plan p) {
        MethodSpec.Builder setter = MethodSpec.methodBuilder(p.m().javaName())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Writes the bitfield $L, keeping the other bits of its storage unit.\n\n$L"
                        + "@param value the new value\n@return this view\n", JavadocText.code(p.m().cName()), p.doc())
                .returns(ctx.cls())
                .addParameter(p.java(), "value");
        CodeBlock bits;
        if (p.java().equals(TypeName.BOOLEAN)) {
            bits = CodeBlock.of("(value ? 1L : 0L)");
        } else {
            int w = p.width();
            long min = p.signed() ? -(1L << (w - 1)) : 0;
            long max = p.signed() ? (1L << (w - 1)) - 1 : p.mask();
            boolean fullRange = w == 64 || p.signed() && w == (p.java().equals(TypeName.INT) ? 32 : 64);
            if (!fullRange) {
                setter.addJavadoc("@throws IllegalArgumentException if {@code value} is outside [$L, $L]\n", min, max);
                setter.addCode(ScalarCode.rangeCheck(min, max, ctx.qualified(p.m())));
            }
            bits = CodeBlock.of("(value & 0x$LL)", Long.toHexString(p.mask()));
        }
        if (p.bytewise()) {
            setter.addStatement("$T.write(segment, $LL, $L, $T.$L, $L)", RuntimeNames.BITS, p.m().offsetBits(),
                    p.width(),
                    LayoutExpressionEmitter.BYTE_ORDER, LayoutExpressionEmitter.order(p.s().order()), bits);
        } else {
            JType.Storage storage = JType.Storage.integer(p.u().bytes());
            setter.addStatement("long unit = $L", p.load())
                    .addStatement("unit = (unit & ~(0x$LL << $L)) | ($L << $L)", Long.toHexString(p.mask()),
                            p.u().shift(), bits, p.u().shift())
                    .addStatement("$L.set(segment, 0L, $Lunit)",
                            ctx.access().handle(p.m(), storage, p.s().order(), CodeBlock.of("$LL", p.u().start())),
                            storage == JType.Storage.I64 ? CodeBlock.of("")
                                    : CodeBlock.of("($T) ", TypeMapping.storageType(storage)));
        }
        ctx.type().addMethod(setter.addStatement("return this").build());
    }
}
