package io.jbindgen.model;

/**
 * The GNU attributes (and the {@code #pragma pack} value) that change layout.
 *
 * @param packed {@code __attribute__((packed))}
 * @param aligned the {@code aligned(N)} value in bytes; {@link #NONE} when absent, {@link #MAX} for
 *     a bare {@code aligned} (the target's biggest alignment)
 * @param pack on a record: the {@code #pragma pack} value in force at its closing brace, which caps the
 *     alignment of its members (bit-fields of zero width excepted); {@code 0} when none is
 */
public record Attributes(boolean packed, long aligned, int pack) {
    /** No {@code aligned} attribute. */
    public static final long NONE = 0;
    /** A bare {@code __attribute__((aligned))}. */
    public static final long MAX = -1;
    /** Neither packed nor aligned. */
    public static final Attributes EMPTY = new Attributes(false, NONE, 0);

    /** Attributes without a pack value. */
    public Attributes(boolean packed, long aligned) {
        this(packed, aligned, 0);
    }

    /** {@return whether an {@code aligned} attribute is present} */
    public boolean hasAligned() {
        return aligned != NONE;
    }

    /** {@return these attributes with the {@code #pragma pack} value {@code value}} */
    public Attributes withPack(int value) {
        return value == pack ? this : new Attributes(packed, aligned, value);
    }
}
