package io.jbindgen.model;

/**
 * The GNU attributes that change layout.
 *
 * @param packed {@code __attribute__((packed))}
 * @param aligned the {@code aligned(N)} value in bytes; {@link #NONE} when absent, {@link #MAX} for
 *     a bare {@code aligned} (the target's biggest alignment)
 */
public record Attributes(boolean packed, long aligned) {
    /** No {@code aligned} attribute. */
    public static final long NONE = 0;
    /** A bare {@code __attribute__((aligned))}. */
    public static final long MAX = -1;
    /** Neither packed nor aligned. */
    public static final Attributes EMPTY = new Attributes(false, NONE);

    /** {@return whether an {@code aligned} attribute is present} */
    public boolean hasAligned() {
        return aligned != NONE;
    }
}
