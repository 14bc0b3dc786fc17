package io.jbindgen.model;

import java.util.Objects;

/**
 * A place in a source file: 1-based line and column, as compilers print them.
 *
 * @param file the file name as the user named it (or as it was found on the include path)
 * @param line 1-based line number
 * @param column 1-based column number
 */
public record Position(String file, int line, int column) {

    /** A position for things that have no source, such as predefined macros. */
    public static final Position BUILTIN = new Position("<built-in>", 1, 1);

    public Position {
        Objects.requireNonNull(file, "file");
    }

    /** {@return {@code file:line:col}} */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
