package io.jbindgen.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A typedef.
 *
 * @param name the new type name
 * @param type the type it names
 * @param attributes {@code aligned(N)} / {@code packed} given on the typedef itself
 * @param comment the documenting comment, or {@code null}
 * @param position where the name is declared
 */
public record TypedefDecl(String name, CType type, Attributes attributes, Comment comment, Position position)
        implements Declaration {

    public TypedefDecl {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(position, "position");
    }

    @Override
    public Optional<Comment> doc() {
        return Optional.ofNullable(comment);
    }
}
