package io.jbindgen.runtime;

import java.lang.foreign.MemorySegment;

/**
 * Argument checks used by generated accessors. Every failure message names the C field (or record)
 * and the range that was allowed, so that a wrong value is easy to trace back to the header.
 */
public final class Checks {
    private Checks() {
    }

    /**
     * Checks that {@code value} lies in {@code [min, max]}.
     *
     * @param value the value a setter was given
     * @param min the smallest value the C type holds
     * @param max the largest value the C type holds
     * @param field the C name of the field, for the message
     * @return {@code value}
     * @throws IllegalArgumentException when the value does not fit
     */
    public static long range(long value, long min, long max, String field) {
        if (value < min || value > max) {
            throw outOfRange(value, min, max, field);
        }
        return value;
    }

    /**
     * Builds the exception a setter throws for a value outside its C type's range; generated code
     * tests the range inline and calls this only on the cold path.
     *
     * @param value the rejected value
     * @param min the smallest value the C type holds
     * @param max the largest value the C type holds
     * @param field the C name of the field, for the message
     * @return the exception to throw
     */
    public static IllegalArgumentException outOfRange(long value, long min, long max, String field) {
        return new IllegalArgumentException(
                field + ": " + value + " is outside the range [" + min + ", " + max + "]");
    }

    /**
     * Builds the exception an indexed accessor throws for an index outside its array; generated
     * code tests the index inline and calls this only on the cold path.
     *
     * @param index the rejected index
     * @param length the number of elements
     * @param field the C name of the array, for the message
     * @return the exception to throw
     */
    public static IndexOutOfBoundsException outOfBounds(long index, long length, String field) {
        return new IndexOutOfBoundsException(
                field + ": index " + index + " is outside the range [0, " + length + ")");
    }

    /**
     * Checks an array index.
     *
     * @param index the index
     * @param length the number of elements
     * @param field the C name of the array, for the message
     * @return {@code index}
     * @throws IndexOutOfBoundsException when {@code index} is not in {@code [0, length)}
     */
    public static long index(long index, long length, String field) {
        if (index < 0 || index >= length) {
            throw outOfBounds(index, length, field);
        }
        return index;
    }

    /**
     * Checks the element count of a flexible array against the memory that holds it.
     *
     * @param count the number of elements the caller wants
     * @param available how many elements fit in the segment
     * @param field the C name of the array, for the message
     * @return {@code count}
     * @throws IndexOutOfBoundsException when the count is negative or more than fit
     */
    public static long count(long count, long available, String field) {
        if (count < 0 || count > available) {
            throw new IndexOutOfBoundsException(
                    field + ": count " + count + " is outside the range [0, " + available + "]");
        }
        return count;
    }

    /**
     * Checks that a record of {@code size} bytes fits at {@code offset} in {@code segment} and, when
     * the segment is native memory, that the address has the record's alignment.
     *
     * @param segment the memory
     * @param offset where the record starts in it
     * @param size the record's size in bytes
     * @param align the record's alignment in bytes
     * @param record the C name of the record, for the message
     * @throws IndexOutOfBoundsException when the record does not fit
     * @throws IllegalArgumentException when the address is misaligned
     */
    public static void view(MemorySegment segment, long offset, long size, long align, String record) {
        if (offset < 0 || offset > segment.byteSize() || segment.byteSize() - offset < size) {
            throw new IndexOutOfBoundsException(record + ": " + size + " bytes at offset " + offset
                    + " do not fit in a segment of " + segment.byteSize() + " bytes");
        }
        if (segment.isNative() && (segment.address() + offset) % align != 0) {
            throw new IllegalArgumentException(record + ": address 0x"
                    + Long.toHexString(segment.address() + offset) + " is not aligned to " + align + " bytes");
        }
    }

    /**
     * Builds the exception a generated command throws for an argument that does not fit the target's
     * {@code unsigned long}; the command tests the value inline and calls this only on the cold path.
     *
     * @param value the rejected argument
     * @param wordBytes the size of the word
     * @param request the C name of the request
     * @param argument the argument's name
     * @return the exception to throw
     */
    public static IllegalArgumentException outOfWord(long value, int wordBytes, String request, String argument) {
        long max = wordBytes >= Long.BYTES ? -1 : (1L << (8 * wordBytes)) - 1;
        return new IllegalArgumentException(request + ": " + argument + " = " + value + " does not fit the "
                + wordBytes + "-byte unsigned long [0, " + Long.toUnsignedString(max) + "]");
    }
}
