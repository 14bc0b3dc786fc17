package io.jbindgen.parse;

import io.jbindgen.lex.Token;
import io.jbindgen.model.Comment;
import io.jbindgen.model.Position;
import java.util.List;

/**
 * Decides which comment documents a declaration, field or enumerator: the last comment block that
 * ends on the line just before it (or on its own line, before it) and does not trail the previous
 * token; or else the comment that starts on the line where the item ends.
 */
final class CommentAttacher {
    private CommentAttacher() {
    }

    /**
     * {@return the comment block just before {@code first}, or {@code null}}
     *
     * @param first the item's first token
     * @param previous the token before it, or {@code null}
     */
    static Comment leading(Token first, Token previous) {
        List<Comment> comments = first.comments();
        if (comments.isEmpty()) {
            return null;
        }
        Comment c = comments.getLast();
        Position at = first.reportPosition();
        if (!c.start().file().equals(at.file())) {
            return null;
        }
        if (c.endLine() != at.line() - 1 && c.endLine() != at.line()) {
            return null;
        }
        if (previous != null && previous.reportPosition().file().equals(at.file())
                && c.start().line() <= previous.reportPosition().line()) {
            return null;
        }
        return c;
    }

    /**
     * {@return the comment that starts on the line of {@code end}, found before {@code next}, or {@code null}}
     *
     * @param end the item's last token (its {@code ;} or {@code ,})
     * @param next the token after it
     */
    static Comment trailing(Token end, Token next) {
        Position at = end.reportPosition();
        for (Comment c : next.comments()) {
            if (c.start().line() == at.line() && c.start().file().equals(at.file())) {
                return c;
            }
        }
        return null;
    }

    /** {@return {@code leading} if not null, else the trailing comment of {@code end}} */
    static Comment either(Comment leading, Token end, Token next) {
        return leading != null ? leading : trailing(end, next);
    }
}
