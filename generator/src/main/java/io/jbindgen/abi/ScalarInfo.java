package io.jbindgen.abi;

/**
 * Size and alignment of one arithmetic or pointer type on a target.
 *
 * @param size {@code sizeof}, in bytes
 * @param align {@code _Alignof}, in bytes
 * @param fieldAlign the alignment the type gets as a struct member, in bytes; smaller than
 *     {@code align} on i386, where {@code long long} and {@code double} are 4-aligned inside structs
 */
public record ScalarInfo(int size, int align, int fieldAlign) {
    static ScalarInfo of(int size, int align) {
        return new ScalarInfo(size, align, align);
    }
}
