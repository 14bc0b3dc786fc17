package io.jbindgen.parse;

import io.jbindgen.model.Position;

/**
 * Aborts the declaration being parsed; the declaration parser reports it and recovers at the next
 * {@code ;} or {@code }} of the right depth.
 */
final class SyntaxError extends RuntimeException {
    private final transient Position position;
    private final String code;

    SyntaxError(Position position, String code, String message) {
        super(message, null, false, false);
        this.position = position;
        this.code = code;
    }

    /** {@return an error whose cause was already reported (by the evaluator): only the recovery remains} */
    static SyntaxError alreadyReported(Position position) {
        return new SyntaxError(position, null, "already reported");
    }

    boolean isReported() {
        return code == null;
    }

    Position position() {
        return position;
    }

    String code() {
        return code;
    }
}
