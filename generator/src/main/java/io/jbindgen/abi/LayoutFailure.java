package io.jbindgen.abi;

import io.jbindgen.model.Position;

/**
 * Why a type has no layout: unwinds the layout of the record being computed, and becomes a
 * diagnostic where the layout was requested. Carries no stack trace: it is an expected outcome.
 */
final class LayoutFailure extends RuntimeException {
    private final Position position;
    private final String code;
    private final boolean rootCause;

    LayoutFailure(Position position, String code, String message, boolean rootCause) {
        super(message, null, false, false);
        this.position = position;
        this.code = code;
        this.rootCause = rootCause;
    }

    Position position() {
        return position;
    }

    String code() {
        return code;
    }

    /** {@return false when this only repeats that a record needed here already failed} */
    boolean rootCause() {
        return rootCause;
    }
}
