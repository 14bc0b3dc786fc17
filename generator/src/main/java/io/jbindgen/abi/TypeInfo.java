package io.jbindgen.abi;

/**
 * Size and alignment of a complete object type on a target.
 *
 * @param size {@code sizeof}, in bytes
 * @param align {@code _Alignof}, in bytes
 */
record TypeInfo(long size, long align) {
}
