package io.jbindgen.abi;

import io.jbindgen.model.FieldDecl;
import java.util.Objects;

/**
 * Where one member of a record lies.
 *
 * @param field the member
 * @param offsetBits offset of the member from the start of its record, in bits. For a bitfield
 *     this is the position of its first bit in the target's allocation order: counted from the least
 *     significant bit of byte 0 on little-endian targets, from the most significant bit of byte 0
 *     on big-endian targets (as DWARF's {@code DW_AT_data_bit_offset})
 * @param sizeBits the member's size in bits: its width for a bitfield, {@code 8 * sizeof} otherwise
 *     ({@code 0} for a flexible or zero-length array)
 * @param align the member's effective alignment in bytes (after packed / aligned attributes)
 */
public record FieldLayout(FieldDecl field, long offsetBits, long sizeBits, long align) {
    public FieldLayout {
        Objects.requireNonNull(field, "field");
    }

    /** {@return the offset in bytes (for a bitfield, of the byte that holds its first bit)} */
    public long offset() {
        return offsetBits / 8;
    }

    /** {@return the size in bytes (rounded up for a bitfield)} */
    public long size() {
        return (sizeBits + 7) / 8;
    }
}
