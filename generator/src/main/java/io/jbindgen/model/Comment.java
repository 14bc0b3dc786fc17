package io.jbindgen.model;

import java.util.Objects;

/**
 * A comment from the header, kept so that it can become documentation.
 *
 * @param text the comment's text without its delimiters ({@code /*}, {@code *}{@code /}, {@code //});
 *     leading {@code *} decorations of block comments are removed, lines are joined with {@code \n}
 * @param start where the comment starts
 * @param endLine the line on which the comment ends
 */
public record Comment(String text, Position start, int endLine) {
    public Comment {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(start, "start");
    }
}
