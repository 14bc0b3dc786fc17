package io.jbindgen.abidiff;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

/**
 * What one layout JSON report says about a header on one target: the immutable input of {@link AbiDiff}.
 *
 * @param schemaVersion the report's schema version
 * @param target the target's name ({@code i386}, {@code x86_64}, ...)
 * @param records the records, in report order
 * @param enums the enums, in report order
 * @param macros the integer macros, in report order
 */
public record LayoutDescription(int schemaVersion, String target, List<Record> records, List<Enum> enums,
        List<Macro> macros) {

    public LayoutDescription {
        Objects.requireNonNull(target, "target");
        records = List.copyOf(records);
        enums = List.copyOf(enums);
        macros = List.copyOf(macros);
    }

    /**
     * A struct or union.
     *
     * @param c how C names it ({@code struct lguest_vqconfig} or a typedef name)
     * @param kind {@code struct} or {@code union}
     * @param size its size in bytes
     * @param align its alignment in bytes
     * @param fields its members, flattened as the report lists them
     */
    public record Record(String c, String kind, long size, long align, List<Field> fields) {
        public Record {
            fields = List.copyOf(fields);
        }
    }

    /**
     * A member.
     *
     * @param name the member name
     * @param type the C type as written
     * @param offsetBits offset from the record's start, in bits
     * @param sizeBits size in bits
     * @param bitfield whether it is a bitfield
     */
    public record Field(String name, String type, long offsetBits, long sizeBits, boolean bitfield) {
    }

    /**
     * An enum.
     *
     * @param c how C names it, or {@code null} for an anonymous enum no typedef names
     * @param constants its enumerators
     */
    public record Enum(String c, List<Constant> constants) {
        public Enum {
            constants = List.copyOf(constants);
        }

        /** {@return how a report names this enum} */
        public String displayName() {
            return c != null ? c : "anonymous enum";
        }
    }

    /**
     * An enumerator.
     *
     * @param name its name
     * @param value its value
     * @param comment its documenting comment, or {@code null} (schema 2 and later)
     */
    public record Constant(String name, BigInteger value, String comment) {
    }

    /**
     * An integer macro.
     *
     * @param name its name
     * @param value its value
     * @param type its C type
     * @param ioctlSize the payload size an ioctl request encodes, or {@code null} when it is no request
     */
    public record Macro(String name, BigInteger value, String type, Long ioctlSize) {
    }
}
