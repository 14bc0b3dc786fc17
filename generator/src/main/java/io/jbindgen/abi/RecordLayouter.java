package io.jbindgen.abi;

import io.jbindgen.model.CType;
import io.jbindgen.model.FieldDecl;
import io.jbindgen.model.RecordDecl;
import io.jbindgen.model.RecordKind;
import io.jbindgen.model.ScalarKind;
import io.jbindgen.target.ScalarInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
 *
 * <p>Two more of gcc's rules, both checked against gcc on every target: a bit-field as wide as an integer
 * mode, at a position aligned for that mode, is laid out as an ordinary member ({@link #ordinaryAlign}); and
 * a bit-field that would straddle its type's units is moved to the next unit counted from where gcc's
 * running offset stands, not from the record's start ({@link BitfieldAllocator#start}), which differs from
 * a plain round-up only for a type aligned beyond that offset's alignment.
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
        long offsetAlignBits = 8 * Math.max(sizer.target().biggestAlignment(),
                record.attributes().hasAligned() ? sizer.alignedValue(record.attributes()) : 1);
        for (FieldDecl field : record.fields()) {
            Placed placed = field.isBitfield()
                    ? placeBitfield(record, field, union ? 0 : pos, offsetAlignBits)
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

    /**
     * @param offsetAlignBits the alignment of gcc's running byte offset ({@code rli->offset_align}): the
     *     target's biggest alignment or the record's own {@code aligned} attribute, whichever is larger
     */
    private Placed placeBitfield(RecordDecl record, FieldDecl field, long pos, long offsetAlignBits) {
        TypeInfo type = sizer.info(field.type(), field.position());
        checkBitfieldType(field, type);
        long user = userAlign(field);
        boolean zero = field.bitWidth() == 0;
        boolean packed = !zero && packed(record, field, type);
        long ordinary = zero ? 0 : ordinaryAlign(field, pos, packed, user);
        // gcc's DECL_ALIGN: one bit (0 here) for a bit-field without an aligned attribute of its own
        long declAlign = zero ? Math.max(user, type.align()) : capped(ordinary > 0 ? ordinary : user, record);
        boolean pragma = record.attributes().pack() > 0;
        long aligned = declAlign > 0 ? BitfieldAllocator.roundUp(pos, declAlign * 8) : pos;
        // where gcc's running offset stands: aligning to at least its own alignment moves it, less does not
        long base = declAlign * 8 >= offsetAlignBits ? aligned : pos - pos % offsetAlignBits;
        long start = ordinary > 0 ? aligned
                : BitfieldAllocator.start(aligned, base, field.bitWidth(), type, packed || pragma);
        long recordAlign = 1;
        if (!field.isAnonymous() || sizer.target().unnamedBitfieldsAlignRecord()) {
            long typeAlign = zero ? type.align() : pragma ? capped(type.align(), record) : packed ? 1 : type.align();
            recordAlign = Math.max(declAlign, typeAlign);
        }
        return new Placed(new FieldLayout(field, start, field.bitWidth(), Math.max(1, recordAlign)), recordAlign);
    }

    /**
     * gcc's {@code layout_decl} turns a bit-field whose width is that of an integer mode (8, 16, 32, 64 or,
     * where {@code __int128} exists, 128 bits) into an ordinary member when the bits before it are a
     * multiple of that mode's alignment (always in a union) and it is not a packed one wider than a byte.
     * Such a member takes the mode's alignment (or its own {@code aligned} attribute, if larger), lowered
     * by the target's field-alignment rule (i386: 4 for 64-bit) only when it has neither attribute, and no
     * longer obeys the straddling rule. That alignment counts for the record even where the declared type's
     * is smaller (a typedef lowered with {@code aligned}), and i386's 8 for {@code long long} counts when
     * the member has an {@code aligned} attribute.
     *
     * @return that alignment in bytes, or 0 when the bit-field stays one
     */
    private long ordinaryAlign(FieldDecl field, long pos, boolean packed, long user) {
        ScalarKind mode = switch (field.bitWidth()) {
            case 8 -> ScalarKind.CHAR;
            case 16 -> ScalarKind.SHORT;
            case 32 -> ScalarKind.INT;
            case 64 -> ScalarKind.LONG_LONG;
            case 128 -> ScalarKind.INT128;
            default -> null;
        };
        Optional<ScalarInfo> info = mode == null ? Optional.empty() : sizer.target().scalar(mode);
        if (info.isEmpty()) {
            return 0;
        }
        long modeAlign = info.get().align();
        boolean placedFits = pos == 0 || Long.lowestOneBit(pos) >= modeAlign * 8;
        if (packed && modeAlign > 1 || !placedFits) {
            return 0;
        }
        long align = Math.max(modeAlign, user);
        return packed || user > 0 ? align : Math.min(align, info.get().fieldAlign());
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
