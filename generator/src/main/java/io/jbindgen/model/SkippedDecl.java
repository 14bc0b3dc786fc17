package io.jbindgen.model;

import java.util.Locale;
import java.util.Objects;

/**
 * Something in the header that is not turned into bindings, with the reason.
 *
 * @param name the declared name, or a short description when it has none
 * @param kind what sort of construct it is
 * @param reason why it was skipped, in words
 * @param position where it is
 * @param code a stable identifier of the reason (e.g. {@code macro-not-constant}), for tools and tests
 */
public record SkippedDecl(String name, Kind kind, String reason, Position position, String code) {

    /** What was skipped. */
    public enum Kind {
        FUNCTION, INLINE_FUNCTION, VARIABLE, MACRO
    }

    public SkippedDecl {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(code, "code");
    }

    /** A skip whose code is the kind's own ({@code function}, {@code inline-function}, {@code variable}, ...). */
    public SkippedDecl(String name, Kind kind, String reason, Position position) {
        this(name, kind, reason, position, kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
