package io.jbindgen.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One enumerator.
 *
 * @param name the enumerator name
 * @param value its value; read it as unsigned when the enum's underlying type is unsigned
 * @param comment the enumerator's comment (block before it or trailing on its line), or {@code null}
 * @param position where the name is
 */
public record EnumConstant(String name, long value, Comment comment, Position position) {
    public EnumConstant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(position, "position");
    }

    /** {@return the enumerator's comment, if any} */
    public Optional<Comment> doc() {
        return Optional.ofNullable(comment);
    }
}
