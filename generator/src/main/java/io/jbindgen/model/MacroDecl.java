package io.jbindgen.model;

import java.util.Objects;
import java.util.Optional;

/** An object-like macro whose value the front end could compute. */
public sealed interface MacroDecl extends Declaration {

    /** {@return the macro name} */
    String name();

    /**
     * An integer constant macro.
     *
     * @param name the macro name
     * @param value the value; read it as unsigned when {@code type} is unsigned
     * @param type the C type of the expansion after the usual conversions
     * @param ioctl the decoded request when the macro is an ioctl request, or {@code null}
     * @param comment the documenting comment, or {@code null}
     * @param position where the macro name is in its {@code #define}
     */
    record Integer(String name, long value, ScalarKind type, IoctlInfo ioctl, Comment comment,
            Position position) implements MacroDecl {
        public Integer {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(position, "position");
        }

        @Override
        public Optional<Comment> doc() {
            return Optional.ofNullable(comment);
        }
    }

    /**
     * A string literal macro (adjacent literals concatenated).
     *
     * @param name the macro name
     * @param value the string value, escapes decoded
     * @param comment the documenting comment, or {@code null}
     * @param position where the macro name is in its {@code #define}
     */
    record Text(String name, String value, Comment comment, Position position) implements MacroDecl {
        public Text {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(position, "position");
        }

        @Override
        public Optional<Comment> doc() {
            return Optional.ofNullable(comment);
        }
    }
}
