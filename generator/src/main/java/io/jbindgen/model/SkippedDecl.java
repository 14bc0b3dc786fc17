package io.jbindgen.model;

import java.util.Objects;

/**
 * Something in the header that is not turned into bindings, with the reason.
 *
 * @param name the declared name, or a short description when it has none
 * @param kind what sort of construct it is
 * @param reason why it was skipped, in words
 * @param position where it is
 */
public record SkippedDecl(String name, Kind kind, String reason, Position position) {

    /** What was skipped. */
    public enum Kind {
        FUNCTION, INLINE_FUNCTION, VARIABLE, MACRO, OTHER
    }

    public SkippedDecl {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(position, "position");
    }
}
