package io.jbindgen.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A member of a struct or union.
 *
 * @param name the member name; {@code null} for an anonymous struct/union member or an unnamed
 *     bitfield
 * @param type the declared type
 * @param bitWidth the bitfield width, or {@link #NOT_A_BITFIELD}
 * @param attributes {@code packed} / {@code aligned(N)} on the member itself
 * @param comment the member's comment (block before it or trailing on its line), or {@code null}
 * @param position where the member's declarator is
 */
public record FieldDecl(String name, CType type, int bitWidth, Attributes attributes, Comment comment,
        Position position) {

    /** The {@link #bitWidth()} of a member that is not a bitfield. */
    public static final int NOT_A_BITFIELD = -1;

    public FieldDecl {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(position, "position");
    }

    /** {@return whether this member is a bitfield (named, unnamed or {@code :0})} */
    public boolean isBitfield() {
        return bitWidth != NOT_A_BITFIELD;
    }

    /** {@return whether this member has no name (anonymous record member or unnamed bitfield)} */
    public boolean isAnonymous() {
        return name == null;
    }

    /** {@return the member's comment, if any} */
    public Optional<Comment> doc() {
        return Optional.ofNullable(comment);
    }
}
