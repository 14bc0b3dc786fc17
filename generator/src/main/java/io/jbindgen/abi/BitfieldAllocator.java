package io.jbindgen.abi;

/**
 * Where gcc puts a bitfield, on every built-in target (they all follow the SysV rule that the
 * declared type matters, {@code PCC_BITFIELD_TYPE_MATTERS}).
 *
 * <ul>
 *   <li>A bitfield may not span more alignment units of its declared type than the type itself has;
 *       if it would, it starts at the next unit boundary. When the alignment equals the size this
 *       means: it does not cross a boundary of its type's size. gcc counts that boundary from its
 *       running byte offset, which is a multiple of the target's biggest alignment (or the record's
 *       own, if larger) and not always the record's start: for a type aligned beyond that (an
 *       over-aligned typedef) the bit-field moves by a whole unit from there, e.g. a {@code char}
 *       aligned to 32 after 16 bytes stays at byte 16 on x86_64, and after 17 bytes goes to byte 48.</li>
 *   <li>A packed bitfield (packed record or packed member) goes at the next free bit.</li>
 *   <li>{@code :0} moves to the next boundary of its type's alignment, packed or not.</li>
 * </ul>
 * Positions are in gcc's allocation order (see {@link FieldLayout#offsetBits()}), which is the same
 * computation on little- and big-endian targets.
 */
final class BitfieldAllocator {
    private BitfieldAllocator() {
    }

    /**
     * {@return the first bit of a bitfield placed after {@code pos} bits are taken}
     *
     * @param pos bits already used in the record
     * @param base where gcc's running byte offset stands, in bits ({@code pos} minus the bits counted
     *     past it)
     * @param width the bitfield width ({@code 0} for {@code :0})
     * @param type the declared type's size and member alignment
     * @param packed whether the member is packed
     */
    static long start(long pos, long base, int width, TypeInfo type, boolean packed) {
        long unit = type.align() * 8;
        if (width == 0) {
            return roundUp(pos, unit);
        }
        if (packed) {
            return pos;
        }
        long unitsSpanned = (pos % unit + width + unit - 1) / unit;
        long unitsInType = type.size() * 8 / unit;
        return unitsSpanned > unitsInType ? base + roundUp(pos - base, unit) : pos;
    }

    static long roundUp(long value, long multiple) {
        return (value + multiple - 1) / multiple * multiple;
    }
}
