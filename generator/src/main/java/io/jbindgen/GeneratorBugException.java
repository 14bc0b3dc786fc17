package io.jbindgen;

import java.nio.file.Path;

/**
 * An unexpected failure inside the generator while it processed one header: always a bug in jbindgen,
 * never a problem of the input (those are diagnostics). Carries the header being processed.
 */
public final class GeneratorBugException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path header;

    /**
     * Wraps {@code cause}.
     *
     * @param header the header being processed
     * @param cause what went wrong
     */
    public GeneratorBugException(Path header, Throwable cause) {
        super("internal error while processing " + header + ": " + cause, cause);
        this.header = header;
    }

    /** {@return the header being processed when the failure happened} */
    public Path header() {
        return header;
    }
}
