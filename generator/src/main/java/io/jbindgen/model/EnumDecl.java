package io.jbindgen.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An enum definition.
 *
 * @param key unique within its translation unit: {@code enum tag} or {@code enum (anonymous at file:line:col)}
 * @param tag the tag, or {@code null}
 * @param constants the enumerators in declaration order
 * @param underlying the integer type gcc gives the enum on the target (its size and signedness)
 * @param attributes {@code packed} makes the enum as small as its values allow
 * @param comment the documenting comment, or {@code null}
 * @param position where the {@code enum} keyword is
 */
public record EnumDecl(String key, String tag, List<EnumConstant> constants, ScalarKind underlying,
        Attributes attributes, Comment comment, Position position) implements Declaration {

    public EnumDecl {
        Objects.requireNonNull(key, "key");
        constants = List.copyOf(constants);
        Objects.requireNonNull(underlying, "underlying");
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(position, "position");
    }

    /** {@return the type that refers to this enum} */
    public CType.Enum type() {
        return new CType.Enum(key);
    }

    /** {@return whether the enum has no tag} */
    public boolean isAnonymous() {
        return tag == null;
    }

    @Override
    public Optional<Comment> doc() {
        return Optional.ofNullable(comment);
    }
}
