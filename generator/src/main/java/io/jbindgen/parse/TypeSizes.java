package io.jbindgen.parse;

import io.jbindgen.model.CType;

/** Sizes of types on the target, as far as the parser needs them ({@code sizeof}, array-size checks). */
interface TypeSizes {
    /** Answer of {@link #sizeOf} and {@link #alignOf} for a type whose size is not known. */
    long UNKNOWN = -1;

    /** {@return {@code sizeof(type)} in bytes, or {@link #UNKNOWN}} */
    long sizeOf(CType type);

    /** {@return {@code _Alignof(type)} (the ABI alignment, as a member) in bytes, or {@link #UNKNOWN}} */
    long alignOf(CType type);

    /** {@return GNU {@code __alignof__(type)} in bytes, or {@link #UNKNOWN}} */
    default long preferredAlignOf(CType type) {
        return alignOf(type);
    }
}
