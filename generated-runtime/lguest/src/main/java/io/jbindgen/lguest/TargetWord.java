package io.jbindgen.lguest;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * The target ABI's {@code unsigned long}, the unit of every lguest command word: 4 bytes little-endian
 * on i386 (lguest's real ABI: mainline lguest hosts were always 32-bit), 8 on x86_64 (the out-of-tree
 * lguest64).
 */
public enum TargetWord {
    /** i386: 4 bytes, little-endian. */
    I386(4),
    /** x86_64: 8 bytes, little-endian. */
    X86_64(8);

    private static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfLong U64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private final int bytes;

    TargetWord(int bytes) {
        this.bytes = bytes;
    }

    /** {@return the size of a word in bytes} */
    public int bytes() {
        return bytes;
    }

    /** {@return the largest word value, as a Java long ({@code -1} stands for 2^64-1 on x86_64)} */
    public long max() {
        return bytes == 4 ? 0xFFFF_FFFFL : -1L;
    }

    /**
     * {@return whether {@code value} fits an unsigned word: {@code [0, 2^32)} on i386; any long (read as
     * unsigned) on x86_64}
     *
     * @param value the value
     */
    public boolean fits(long value) {
        return bytes == 8 || (value >>> 32) == 0;
    }

    /**
     * Writes one word.
     *
     * @param segment the memory
     * @param offset where the word starts
     * @param value the value; must {@link #fits fit}
     */
    public void put(MemorySegment segment, long offset, long value) {
        if (bytes == 4) {
            segment.set(U32, offset, (int) value);
        } else {
            segment.set(U64, offset, value);
        }
    }

    /**
     * Reads one word, zero-extended.
     *
     * @param segment the memory
     * @param offset where the word starts
     * @return the value
     */
    public long get(MemorySegment segment, long offset) {
        return bytes == 4 ? Integer.toUnsignedLong(segment.get(U32, offset)) : segment.get(U64, offset);
    }
}
