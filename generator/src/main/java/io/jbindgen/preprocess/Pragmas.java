package io.jbindgen.preprocess;

import io.jbindgen.lex.Token;
import io.jbindgen.lex.TokenKind;
import java.util.List;

/**
 * Pragmas that survive preprocessing: {@code pack} changes layouts, so {@code #pragma pack(...)} and
 * {@code _Pragma("pack(...)")} both reach the parser as the four tokens {@code _Pragma ( "pack(...)" )}.
 * Every other pragma is dropped.
 */
final class Pragmas {
    private Pragmas() {
    }

    /** {@return whether a {@code _Pragma} string literal is a {@code pack} pragma} */
    static boolean isPack(String literal) {
        int quote = literal.indexOf('"');
        return quote >= 0 && literal.substring(quote + 1).stripLeading().startsWith("pack");
    }

    /** {@return {@code _Pragma ( "text" )} for the pragma tokens of a {@code #pragma} line} */
    static List<Token> asOperator(Token hash, List<Token> pragma) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < pragma.size(); i++) {
            Token t = pragma.get(i);
            if (i > 0 && t.leadingSpace()) {
                sb.append(' ');
            }
            for (char c : t.text().toCharArray()) {
                if (c == '"' || c == '\\') {
                    sb.append('\\');
                }
                sb.append(c);
            }
        }
        sb.append('"');
        return List.of(make(hash, TokenKind.IDENTIFIER, "_Pragma", true), make(hash, TokenKind.PUNCTUATOR, "(", false),
                make(hash, TokenKind.STRING, sb.toString(), false), make(hash, TokenKind.PUNCTUATOR, ")", false));
    }

    private static Token make(Token at, TokenKind kind, String text, boolean first) {
        return new Token(kind, text, at.position(), null, first, first, List.of());
    }
}
