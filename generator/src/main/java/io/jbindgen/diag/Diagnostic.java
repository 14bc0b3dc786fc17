package io.jbindgen.diag;

import io.jbindgen.model.Position;
import java.util.Objects;

/**
 * One message about the input, compiler style.
 *
 * @param severity error, warning or note
 * @param position where in the input
 * @param code a stable identifier of the kind of problem (e.g. {@code unterminated-comment}) that
 *     tests and tools can match on
 * @param message what is wrong, in words
 */
public record Diagnostic(Severity severity, Position position, String code, String message) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** {@return {@code file:line:col: error: message [code]}} */
    public String format() {
        return position + ": " + severity.label() + ": " + message + " [" + code + "]";
    }

    @Override
    public String toString() {
        return format();
    }
}
