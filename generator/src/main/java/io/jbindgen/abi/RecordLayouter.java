package io.jbindgen.abi;

import io.jbindgen.model.CType;
import io.jbindgen.model.FieldDecl;
import io.jbindgen.model.RecordDecl;
import io.jbindgen.model.RecordKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out one struct or union the way gcc does: members in order, each at the next offset that
 * satisfies its alignment (struct) or at 0 (union), and the size rounded up to the record's alignment.
 *
 * <p>A member's alignment, as gcc's {@code layout_decl} computes it: its type's; 1 byte when packed
 * (the record's attribute or its own) unless it has an {@code aligned} attribute of its own, which
 * otherwise raises it; then capped by the record's {@code #pragma pack} value. Bit-fields are placed by
 * {@link BitfieldAllocator}: a zero-width one aligns to its type (or its {@code aligned} attribute)
 * whatever the packing; the others follow their own {@code aligned} attribute, and the rule that a
 * bit-field may not straddle units of its type applies neither to packed ones nor under
 * {@code #pragma pack}. What a bit-field adds to the record's alignment follows gcc's
 * {@code update_alignment_for_field}; unnamed ones add nothing except where the target says so.
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
            Placed placed = field.isBitfield()
                    ? placeBitfield(record, field, union ? 0 : pos)
                    : placeMember(record, field, union ? 0 : pos);
            fields.add(placed.layout());
            align = Math.max(align, placed.recordAlign());
            pos = placed.layout().offsetBits() + placed.layout().sizeBits();
            end = Math.max(end, pos);
        }
        if (record.attributes().hasAligned()) {
            align = Math.max(align, sizer.alignedValue(record.attributes()));
        }
        long size = BitfieldAllocator.roundUp(BitfieldAllocator.roundUp(end, 8) / 8, align);
        return new RecordLayout(record.key(), size, align, fields);
    }

    /** A placed member and what it adds to the record's alignment (bytes). */
    private record Placed(FieldLayout layout, long recordAlign) {
    }

    /**
     * gcc's {@code DECL_PACKED}: the member's own attribute, or the record's where the type's alignment
     * exceeds 1 or the member is a bit-field (a {@code char} bit-field of a packed record may straddle bytes).
     */
    private static boolean packed(RecordDecl record, FieldDecl field, TypeInfo type) {
        return field.attributes().packed() || record.attributes().packed() && (type.align() > 1 || field.isBitfield());
    }

    private long userAlign(FieldDecl field) {
        return field.attributes().hasAligned() ? sizer.alignedValue(field.attributes()) : 0;
    }

    private static long capped(long align, RecordDecl record) {
        int pack = record.attributes().pack();
        return pack > 0 ? Math.min(align, pack) : align;
    }

    private Placed placeMember(RecordDecl record, FieldDecl field, long pos) {
        TypeInfo type = sizer.info(field.type(), field.position());
        long user = userAlign(field);
        long align = packed(record, field, type) ? (user > 0 ? user : 1) : Math.max(user, type.align());
        align = capped(align, record);
        long offset = BitfieldAllocator.roundUp(pos, align * 8);
        return new Placed(new FieldLayout(field, offset, type.size() * 8, align), align);
    }

    private Placed placeBitfield(RecordDecl record, FieldDecl field, long pos) {
        TypeInfo type = sizer.info(field.type(), field.position());
        checkBitfieldType(field, type);
        long user = userAlign(field);
        boolean zero = field.bitWidth() == 0;
        boolean packed = !zero && packed(record, field, type);
        // gcc's DECL_ALIGN: one bit for a bit-field without an aligned attribute of its own
        long declAlign = zero ? Math.max(user, type.align()) : user > 0 ? capped(user, record) : 0;
        boolean pragma = record.attributes().pack() > 0;
        long aligned = declAlign > 0 ? BitfieldAllocator.roundUp(pos, declAlign * 8) : pos;
        long start = BitfieldAllocator.start(aligned, field.bitWidth(), type, packed || pragma);
        long recordAlign = 1;
        if (!field.isAnonymous() || sizer.target().unnamedBitfieldsAlignRecord()) {
            long typeAlign = zero ? type.align() : pragma ? capped(type.align(), record) : packed ? 1 : type.align();
            recordAlign = Math.max(declAlign, typeAlign);
        }
        return new Placed(new FieldLayout(field, start, field.bitWidth(), Math.max(1, recordAlign)), recordAlign);
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
