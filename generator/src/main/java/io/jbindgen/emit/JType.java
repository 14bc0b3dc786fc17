package io.jbindgen.emit;

import com.palantir.javapoet.ClassName;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/** How a C member type is represented in generated Java. */
sealed interface JType {

    /** {@return the size in bytes on the target} */
    long size();

    /** The machine representation of a scalar. */
    enum Storage {
        BOOL(1, "JAVA_BYTE"), I8(1, "JAVA_BYTE"), I16(2, "JAVA_SHORT"), I32(4, "JAVA_INT"),
        I64(8, "JAVA_LONG"), F32(4, "JAVA_FLOAT"), F64(8, "JAVA_DOUBLE"),
        /** A pointer of a 64-bit target: a {@code MemorySegment} over {@code ADDRESS} in the target's byte order. */
        ADDRESS(8, "ADDRESS");

        final int size;
        final String layout;

        Storage(int size, String layout) {
            this.size = size;
            this.layout = layout;
        }

        /** {@return the storage of an integer of this many bytes} */
        static Storage integer(long size) {
            return switch ((int) size) {
                case 1 -> I8;
                case 2 -> I16;
                case 4 -> I32;
                case 8 -> I64;
                default -> throw new IllegalArgumentException("integer size " + size);
            };
        }
    }

    /**
     * An arithmetic, enum or pointer member.
     *
     * @param storage the machine representation
     * @param unsigned whether the C type is unsigned (pointers of 32-bit targets are)
     * @param order the byte order in memory
     * @param enumKey the C enum's key when the type is an enum, else {@code null}
     * @param pointer whether the C type is a pointer: storage {@link Storage#ADDRESS} on a 64-bit target,
     *     else an unsigned integer of the target's width
     */
    record Scalar(Storage storage, boolean unsigned, ByteOrder order, String enumKey, boolean pointer)
            implements JType {
        @Override
        public long size() {
            return storage.size;
        }
    }

    /**
     * A struct or union with a generated class.
     *
     * @param key the record key
     * @param cls the generated class
     * @param size the record's size
     * @param align the record's alignment
     */
    record Struct(String key, ClassName cls, long size, long align) implements JType {
    }

    /**
     * An array; {@code length} is {@code -1} or {@code 0} for a flexible or zero-length array.
     *
     * @param element the element type
     * @param length the element count
     */
    record Array(JType element, long length) implements JType {
        @Override
        public long size() {
            return Math.max(0, length) * element.size();
        }

        /** {@return whether the array has no fixed length (C {@code x[]} or GNU {@code x[0]})} */
        boolean flexible() {
            return length <= 0;
        }

        /**
         * {@return the lengths of this array and of the fixed-length arrays it nests, outermost first
         * ({@code short x[2][3]}: 2, 3)}
         */
        List<Long> dimensions() {
            List<Long> dims = new ArrayList<>(List.of(length));
            for (JType e = element; e instanceof Array a && !a.flexible(); e = a.element()) {
                dims.add(a.length());
            }
            return List.copyOf(dims);
        }

        /** {@return the element type below every nested fixed-length array ({@code short x[2][3]}: short)} */
        JType innermost() {
            JType e = element;
            while (e instanceof Array a && !a.flexible()) {
                e = a.element();
            }
            return e;
        }
    }

    /**
     * Something with no Java accessor type ({@code long double}, {@code __int128}, records without a
     * class): exposed as bytes.
     *
     * @param size the size in bytes
     * @param align the alignment in bytes
     * @param why what the C type is, for the documentation
     */
    record Opaque(long size, long align, String why) implements JType {
    }
}
