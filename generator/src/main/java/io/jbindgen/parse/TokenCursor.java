package io.jbindgen.parse;

import io.jbindgen.lex.Token;
import io.jbindgen.lex.TokenKind;
import io.jbindgen.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A position in a token list with one-token look-ahead helpers; reads past the end as EOF. */
final class TokenCursor {
    private final List<Token> tokens;
    private final Token eof;
    private int index;

    TokenCursor(List<Token> tokens, int start) {
        this.tokens = tokens;
        this.index = start;
        Token last = tokens.isEmpty() ? null : tokens.getLast();
        if (last != null && last.kind() == TokenKind.EOF) {
            this.eof = last;
        } else {
            Position p = last == null ? Position.BUILTIN : last.reportPosition();
            this.eof = new Token(TokenKind.EOF, "", p, null, false, true, List.of());
        }
    }

    Token peek() {
        return peek(0);
    }

    Token peek(int ahead) {
        int i = index + ahead;
        return i < tokens.size() ? tokens.get(i) : eof;
    }

    /** {@return the token before the current one, or {@code null} at the start} */
    Token previous() {
        return index > 0 && index - 1 < tokens.size() ? tokens.get(index - 1) : null;
    }

    Token next() {
        Token t = peek();
        if (index < tokens.size()) {
            index++;
        }
        return t;
    }

    int index() {
        return index;
    }

    boolean atEnd() {
        return peek().kind() == TokenKind.EOF;
    }

    boolean at(String text) {
        return peek().is(text);
    }

    boolean accept(String text) {
        if (at(text)) {
            next();
            return true;
        }
        return false;
    }

    Token expect(String text) {
        if (!at(text)) {
            throw error("expected '" + text + "' " + found());
        }
        return next();
    }

    Token expectIdentifier(String what) {
        if (!peek().isIdentifier()) {
            throw error("expected " + what + " " + found());
        }
        return next();
    }

    String found() {
        Token t = peek();
        return t.kind() == TokenKind.EOF ? "at end of input" : "before '" + t.text() + "'";
    }

    SyntaxError error(String message) {
        return new SyntaxError(peek().reportPosition(), "syntax-error", message);
    }

    /**
     * Collects the tokens from here up to (not including) the first token of {@code stops} outside
     * parentheses, brackets and braces, or up to the end.
     */
    List<Token> collectUntil(Set<String> stops) {
        List<Token> out = new ArrayList<>();
        int depth = 0;
        while (!atEnd()) {
            Token t = peek();
            if (depth == 0 && t.kind() == TokenKind.PUNCTUATOR && stops.contains(t.text())) {
                break;
            }
            depth += nesting(t);
            if (depth < 0) {
                break;
            }
            out.add(next());
        }
        return out;
    }

    /** Skips a balanced group starting at the current opening bracket. */
    void skipBalanced() {
        int depth = 0;
        do {
            Token t = next();
            if (t.kind() == TokenKind.EOF) {
                throw new SyntaxError(t.reportPosition(), "syntax-error", "unbalanced brackets at end of input");
            }
            depth += nesting(t);
        } while (depth > 0);
    }

    /** {@return the brace nesting gained between token {@code start} and the current token} */
    int braceDepthSince(int start) {
        int depth = 0;
        for (int i = start; i < index && i < tokens.size(); i++) {
            depth += braces(tokens.get(i));
        }
        return depth;
    }

    /** {@return +1 for an opening brace, -1 for a closing one, else 0} */
    static int braces(Token t) {
        return t.is("{") ? 1 : t.is("}") ? -1 : 0;
    }

    static int nesting(Token t) {
        if (t.kind() != TokenKind.PUNCTUATOR) {
            return 0;
        }
        return switch (t.text()) {
            case "(", "[", "{" -> 1;
            case ")", "]", "}" -> -1;
            default -> 0;
        };
    }
}
