package io.jbindgen.report;

import io.jbindgen.abi.FieldLayout;
import io.jbindgen.model.CType;

/**
 * A named member of a record as the reports list it: members of anonymous struct/union members are
 * lifted into the enclosing record, with offsets from its start.
 *
 * @param name the member name (usable in {@code offsetof} of the enclosing record)
 * @param type the declared type
 * @param offsetBits absolute offset in bits from the start of the reported record, in the target's
 *     bit allocation order (see {@link FieldLayout#offsetBits()})
 * @param sizeBits size in bits (the width for a bitfield)
 * @param bitfield whether the member is a bitfield
 */
public record FlatField(String name, CType type, long offsetBits, long sizeBits, boolean bitfield) {
    static FlatField of(FieldLayout f, long baseBits) {
        return new FlatField(f.field().name(), f.field().type(), baseBits + f.offsetBits(), f.sizeBits(),
                f.field().isBitfield());
    }
}
