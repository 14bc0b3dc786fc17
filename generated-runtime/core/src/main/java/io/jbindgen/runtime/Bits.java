package io.jbindgen.runtime;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * Byte-at-a-time bitfield access, for the rare bitfields whose bits no single 1-, 2-, 4- or 8-byte
 * load inside their record covers. Bit positions follow the target's allocation order: from the
 * least significant bit of byte 0 on little-endian targets, from the most significant bit of byte 0
 * on big-endian targets.
 */
public final class Bits {
    private Bits() {
    }

    /**
     * Reads {@code width} bits as an unsigned value.
     *
     * @param segment the record's memory
     * @param firstBit the field's first bit, counted in the target's order
     * @param width the number of bits, 1 to 64
     * @param order the target's byte order
     * @return the bits, the field's most significant bit highest
     */
    public static long read(MemorySegment segment, long firstBit, int width, ByteOrder order) {
        long value = 0;
        for (int i = 0; i < width; i++) {
            long bit = order == ByteOrder.LITTLE_ENDIAN ? firstBit + i : firstBit + width - 1 - i;
            int b = segment.get(ValueLayout.JAVA_BYTE, bit / 8);
            int shift = order == ByteOrder.LITTLE_ENDIAN ? (int) (bit % 8) : 7 - (int) (bit % 8);
            value |= (long) ((b >>> shift) & 1) << i;
        }
        return value;
    }

    /**
     * Writes the low {@code width} bits of {@code value}, leaving every other bit alone.
     *
     * @param segment the record's memory
     * @param firstBit the field's first bit, counted in the target's order
     * @param width the number of bits, 1 to 64
     * @param order the target's byte order
     * @param value the bits to store
     */
    public static void write(MemorySegment segment, long firstBit, int width, ByteOrder order, long value) {
        for (int i = 0; i < width; i++) {
            long bit = order == ByteOrder.LITTLE_ENDIAN ? firstBit + i : firstBit + width - 1 - i;
            int shift = order == ByteOrder.LITTLE_ENDIAN ? (int) (bit % 8) : 7 - (int) (bit % 8);
            byte old = segment.get(ValueLayout.JAVA_BYTE, bit / 8);
            int updated = (old & ~(1 << shift)) | (int) ((value >>> i) & 1) << shift;
            segment.set(ValueLayout.JAVA_BYTE, bit / 8, (byte) updated);
        }
    }
}
