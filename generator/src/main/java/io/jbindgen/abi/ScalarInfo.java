package io.jbindgen.abi;

/**
 * Size and alignment of one arithmetic or pointer type on a target.
 *
 * @param size {@code sizeof}, in bytes
 * @param align {@code _Alignof}, in bytes (gcc's C11 {@code _Alignof}, the ABI alignment: 4 for
 *     {@code long long} and {@code double} on i386, where GNU {@code __alignof__} says 8)
 * @param fieldAlign the alignment the type gets as a struct member, in bytes; on every built-in target
 *     gcc gives members exactly their {@code _Alignof} alignment, so this equals {@code align}
 */
public record ScalarInfo(int size, int align, int fieldAlign) {
    static ScalarInfo of(int size, int align) {
        return new ScalarInfo(size, align, align);
    }
}
