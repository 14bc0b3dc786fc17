package io.jbindgen.preprocess;

import io.jbindgen.lex.Token;
import io.jbindgen.lex.TokenKind;
import io.jbindgen.model.Position;
import java.util.List;

/** The {@code #} operator: an argument's spelling as a string literal (C11 6.10.3.2). */
final class Stringizer {
    private Stringizer() {
    }

    static Token stringize(List<Token> arg, Token hash, Position site) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < arg.size(); i++) {
            Token t = arg.get(i);
            if (i > 0 && (t.leadingSpace() || !t.comments().isEmpty())) {
                sb.append(' ');
            }
            boolean literal = t.kind() == TokenKind.STRING || t.kind() == TokenKind.CHARACTER;
            for (int k = 0; k < t.text().length(); k++) {
                char c = t.text().charAt(k);
                if (literal && (c == '"' || c == '\\')) {
                    sb.append('\\');
                }
                sb.append(c);
            }
        }
        sb.append('"');
        return new Token(TokenKind.STRING, sb.toString(), hash.position(), site, hash.leadingSpace(), false, List.of());
    }
}
