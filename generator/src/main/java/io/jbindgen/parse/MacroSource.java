package io.jbindgen.parse;

import io.jbindgen.lex.Token;
import io.jbindgen.model.Comment;
import io.jbindgen.model.Position;
import java.util.List;
import java.util.Objects;

/**
 * A {@code #define} as macro-value computation needs it.
 *
 * @param name the macro name
 * @param functionLike whether it takes arguments
 * @param body the replacement list
 * @param position where the name is in the {@code #define}
 * @param doc the comment documenting it, or {@code null}
 */
public record MacroSource(String name, boolean functionLike, List<Token> body, Position position, Comment doc) {
    public MacroSource {
        Objects.requireNonNull(name, "name");
        body = List.copyOf(body);
        Objects.requireNonNull(position, "position");
    }
}
