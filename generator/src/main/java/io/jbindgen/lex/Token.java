package io.jbindgen.lex;

import io.jbindgen.model.Comment;
import io.jbindgen.model.Position;
import java.util.List;
import java.util.Objects;

/**
 * A preprocessing token with where it was spelled and the comments just before it.
 *
 * @param kind the category
 * @param text the exact spelling (line splices removed)
 * @param position where the token was spelled (for a token produced by a macro expansion, where it
 *     was spelled in the macro's definition or argument)
 * @param expansion where the outermost macro invocation that produced this token is, or {@code null}
 *     for a token that was not produced by expansion
 * @param leadingSpace whether white space or a comment precedes the token on its line
 * @param startOfLine whether the token is the first on its (logical) line
 * @param comments the comments between the previous token and this one, in order
 */
public record Token(TokenKind kind, String text, Position position, Position expansion, boolean leadingSpace,
        boolean startOfLine, List<Comment> comments) {

    public Token {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(position, "position");
        comments = List.copyOf(comments);
    }

    /** {@return whether this is the punctuator or identifier spelled {@code s}} */
    public boolean is(String s) {
        return (kind == TokenKind.PUNCTUATOR || kind == TokenKind.IDENTIFIER) && text.equals(s);
    }

    /** {@return whether this is an identifier} */
    public boolean isIdentifier() {
        return kind == TokenKind.IDENTIFIER;
    }

    /** {@return the position to report errors at: the macro invocation for expanded tokens} */
    public Position reportPosition() {
        return expansion != null ? expansion : position;
    }

    /** {@return a copy with another position and expansion site (used by macro expansion)} */
    public Token at(Position newPosition, Position newExpansion) {
        return new Token(kind, text, newPosition, newExpansion, leadingSpace, startOfLine, comments);
    }

    /** {@return a copy with the given spacing flags and no comments} */
    public Token withSpacing(boolean newLeadingSpace, boolean newStartOfLine) {
        return new Token(kind, text, position, expansion, newLeadingSpace, newStartOfLine, List.of());
    }

    @Override
    public String toString() {
        return text;
    }
}
