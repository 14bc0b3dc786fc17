package io.jbindgen.target;

/**
 * Size and alignment of one arithmetic or pointer type on a target.
 *
 * @param size {@code sizeof}, in bytes
 * @param align GNU {@code __alignof__}, in bytes: the preferred alignment (8 for {@code long long} and
 *     {@code double} on i386)
 * @param fieldAlign C11 {@code _Alignof}, in bytes, which gcc makes the alignment the type gets as a struct
 *     member and what every layout uses: smaller than {@code align} on i386, where {@code long long} and
 *     {@code double} are 4-aligned
 */
public record ScalarInfo(int size, int align, int fieldAlign) {
    static ScalarInfo of(int size, int align) {
        return new ScalarInfo(size, align, align);
    }
}
