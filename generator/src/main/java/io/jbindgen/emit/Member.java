package io.jbindgen.emit;

import io.jbindgen.model.FieldDecl;

/**
 * One accessor-bearing member of a generated record class, with its names resolved and its offset
 * counted from the start of the class's record (members of anonymous struct/union members included).
 *
 * @param field the C member
 * @param javaName the accessor name
 * @param constName the prefix of its constants ({@code NUM_VQ} → {@code NUM_VQ_OFFSET})
 * @param offsetBits the offset in bits from the start of the class's record
 * @param type the Java representation
 * @param extentEnd the end, in bytes, of the innermost record that contains the member (bitfield
 *     storage units must not be read past it)
 * @param inAnonymous whether the member comes from an anonymous struct or union member
 */
record Member(FieldDecl field, String javaName, String constName, long offsetBits, JType type,
        long extentEnd, boolean inAnonymous) {

    /** {@return the C member name} */
    String cName() {
        return field.name();
    }

    /** {@return the byte offset of the member (of its first bit for a bitfield)} */
    long offset() {
        return offsetBits / 8;
    }

    /** {@return whether the member is a bitfield} */
    boolean isBitfield() {
        return field.isBitfield();
    }

    /** {@return the name of the offset constant} */
    String offsetConst() {
        return constName + "_OFFSET";
    }

    /** {@return the name of the array length constant} */
    String lengthConst() {
        return constName + "_LENGTH";
    }
}
