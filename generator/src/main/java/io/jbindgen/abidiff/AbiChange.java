package io.jbindgen.abidiff;

import java.util.Objects;

/**
 * One change between a baseline layout and the current one.
 *
 * @param kind what changed
 * @param compatibility what it means for a consumer of the old layout
 * @param declaration the C declaration it belongs to ({@code struct lguest_device_desc}, {@code enum
 *     lguest_req}, a macro's name)
 * @param member the member, enumerator or request it is about, or {@code null} for the declaration itself
 * @param oldValue the old value (offset, size, type, value, argument), or {@code null}
 * @param newValue the new value, or {@code null}
 */
public record AbiChange(ChangeKind kind, Compatibility compatibility, String declaration, String member,
        String oldValue, String newValue) {

    public AbiChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(compatibility, "compatibility");
        Objects.requireNonNull(declaration, "declaration");
    }

    /** {@return whether code built against the old layout breaks} */
    public boolean incompatible() {
        return compatibility == Compatibility.INCOMPATIBLE;
    }

    /** {@return the declaration and member as one name, {@code struct s.m}} */
    public String subject() {
        return member == null ? declaration : declaration + "." + member;
    }

    /** {@return one line: {@code INCOMPATIBLE MEMBER_MOVED struct s.m: 1 -> 3}} */
    @Override
    public String toString() {
        String values = oldValue != null && newValue != null ? ": " + oldValue + " -> " + newValue
                : oldValue != null ? ": " + oldValue : newValue != null ? ": " + newValue : "";
        return compatibility + " " + kind + " " + subject() + values;
    }
}
