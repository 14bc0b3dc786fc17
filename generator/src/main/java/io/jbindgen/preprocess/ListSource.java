package io.jbindgen.preprocess;

import io.jbindgen.lex.Token;
import io.jbindgen.lex.TokenKind;
import io.jbindgen.model.Position;
import java.util.List;

/** A token source over a list (a directive line, a macro argument, a caller's token list). */
final class ListSource implements TokenSource {
    private final List<Token> tokens;
    private final Token eof;
    private int index;

    ListSource(List<Token> tokens) {
        this.tokens = tokens;
        Position end = tokens.isEmpty() ? Position.BUILTIN : tokens.getLast().position();
        this.eof = new Token(TokenKind.EOF, "", end, null, false, false, List.of());
    }

    @Override
    public Token next() {
        while (index < tokens.size()) {
            Token t = tokens.get(index++);
            if (t.kind() != TokenKind.EOF) {
                return t;
            }
        }
        return eof;
    }
}
