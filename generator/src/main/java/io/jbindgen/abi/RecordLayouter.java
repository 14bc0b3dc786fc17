package io.jbindgen.abi;

import io.jbindgen.model.CType;
import io.jbindgen.model.FieldDecl;
import io.jbindgen.model.RecordDecl;
import io.jbindgen.model.RecordKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out one struct or union the way gcc does: members in order, each at the next offset that
 * satisfies its alignment (struct) or at 0 (union), packed and aligned attributes applied, bitfields
 * by {@link BitfieldAllocator}, and the size rounded up to the record's alignment.
 */
final class RecordLayouter {
    private final TypeSizer sizer;

    RecordLayouter(TypeSizer sizer) {
        this.sizer = sizer;
    }

    /** {@return the layout of a complete record}; throws {@link LayoutFailure} when a member has no layout */
    RecordLayout layout(RecordDecl record) {
        boolean union = record.kind() == RecordKind.UNION;
        List<FieldLayout> fields = new ArrayList<>(record.fields().size());
        long pos = 0;
        long end = 0;
        long align = 1;
        for (FieldDecl field : record.fields()) {
            boolean packed = record.attributes().packed() || field.attributes().packed();
            FieldLayout placed = field.isBitfield()
                    ? placeBitfield(field, union ? 0 : pos, packed)
                    : placeMember(field, union ? 0 : pos, packed);
            fields.add(placed);
            align = Math.max(align, alignContribution(field, placed));
            pos = placed.offsetBits() + placed.sizeBits();
            end = Math.max(end, pos);
        }
        if (record.attributes().hasAligned()) {
            align = Math.max(align, sizer.alignedValue(record.attributes()));
        }
        long size = BitfieldAllocator.roundUp(BitfieldAllocator.roundUp(end, 8) / 8, align);
        return new RecordLayout(record.key(), size, align, fields);
    }

    private FieldLayout placeMember(FieldDecl field, long pos, boolean packed) {
        TypeInfo type = sizer.info(field.type(), field.position());
        long align = packed ? 1 : type.align();
        if (field.attributes().hasAligned()) {
            align = Math.max(align, sizer.alignedValue(field.attributes()));
        }
        long offset = BitfieldAllocator.roundUp(pos, align * 8);
        return new FieldLayout(field, offset, type.size() * 8, align);
    }

    private FieldLayout placeBitfield(FieldDecl field, long pos, boolean packed) {
        TypeInfo type = sizer.info(field.type(), field.position());
        checkBitfieldType(field, type);
        long start = BitfieldAllocator.start(pos, field.bitWidth(), type, packed);
        long align = packed ? 1 : type.align();
        if (field.attributes().hasAligned()) {
            align = Math.max(align, sizer.alignedValue(field.attributes()));
        }
        return new FieldLayout(field, start, field.bitWidth(), align);
    }

    private long alignContribution(FieldDecl field, FieldLayout placed) {
        if (field.isBitfield() && field.isAnonymous() && !sizer.target().unnamedBitfieldsAlignRecord()) {
            return 1;
        }
        return placed.align();
    }

    private static void checkBitfieldType(FieldDecl field, TypeInfo type) {
        CType t = field.type().canonical();
        boolean integral = t instanceof CType.Enum
                || t instanceof CType.Scalar s && s.kind().isInteger();
        String name = field.name() == null ? "<unnamed>" : field.name();
        if (!integral) {
            throw new LayoutFailure(field.position(), "bitfield-type",
                    "bitfield '" + name + "' has non-integer type '" + field.type().spelling() + "'", true);
        }
        if (field.bitWidth() < 0 || field.bitWidth() > type.size() * 8) {
            throw new LayoutFailure(field.position(), "bitfield-width",
                    "width of bitfield '" + name + "' (" + field.bitWidth() + ") exceeds its type", true);
        }
        if (field.bitWidth() == 0 && field.name() != null) {
            throw new LayoutFailure(field.position(), "bitfield-width", "named bitfield '" + name + "' has zero width", true);
        }
    }
}
