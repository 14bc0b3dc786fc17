package io.jbindgen.preprocess;

import io.jbindgen.lex.Token;
import io.jbindgen.lex.TokenKind;
import java.util.List;

/**
 * Finds a file's include guard by looking at its directives: the file must start with
 * {@code #ifndef X} (or {@code #if !defined X}) whose matching {@code #endif}, with no
 * {@code #else}/{@code #elif}, is the file's last line. Then the file can be skipped when included
 * again with {@code X} defined.
 */
final class IncludeGuards {
    private IncludeGuards() {
    }

    /** {@return the guard macro, or {@code null}} */
    static String find(List<Token> tokens) {
        if (tokens.size() < 3 || !isHash(tokens.get(0))) {
            return null;
        }
        String guard = guardName(tokens);
        if (guard == null) {
            return null;
        }
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!isHash(t) || i + 1 >= tokens.size() || tokens.get(i + 1).startOfLine()) {
                continue;
            }
            switch (tokens.get(i + 1).text()) {
                case "if", "ifdef", "ifndef" -> depth++;
                case "else", "elif", "elifdef", "elifndef" -> {
                    if (depth == 1) {
                        return null;
                    }
                }
                case "endif" -> {
                    if (--depth == 0) {
                        return onlyEndAfter(tokens, i + 2) ? guard : null;
                    }
                }
                default -> { }
            }
        }
        return null;
    }

    private static String guardName(List<Token> tokens) {
        Token d = tokens.get(1);
        if (d.is("ifndef") && tokens.get(2).isIdentifier() && endOfLine(tokens, 3)) {
            return tokens.get(2).text();
        }
        if (!d.is("if") || !tokens.get(2).is("!") || tokens.size() < 6 || !tokens.get(3).is("defined")) {
            return null;
        }
        if (tokens.get(4).isIdentifier() && endOfLine(tokens, 5)) {
            return tokens.get(4).text();
        }
        if (tokens.size() > 7 && tokens.get(4).is("(") && tokens.get(5).isIdentifier() && tokens.get(6).is(")")
                && endOfLine(tokens, 7)) {
            return tokens.get(5).text();
        }
        return null;
    }

    private static boolean onlyEndAfter(List<Token> tokens, int i) {
        while (i < tokens.size() && !tokens.get(i).startOfLine() && tokens.get(i).kind() != TokenKind.EOF) {
            i++;
        }
        return i < tokens.size() && tokens.get(i).kind() == TokenKind.EOF;
    }

    private static boolean endOfLine(List<Token> tokens, int i) {
        return i < tokens.size() && (tokens.get(i).startOfLine() || tokens.get(i).kind() == TokenKind.EOF);
    }

    static boolean isHash(Token t) {
        return t.startOfLine() && t.kind() == TokenKind.PUNCTUATOR && (t.text().equals("#") || t.text().equals("%:"));
    }
}
