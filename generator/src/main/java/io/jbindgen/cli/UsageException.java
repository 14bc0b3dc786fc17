package io.jbindgen.cli;

/** A command line that cannot be run: unknown option, missing argument, no header, unknown target… */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
