package io.jbindgen.preprocess;

import io.jbindgen.lex.Token;
import io.jbindgen.lex.TokenKind;
import io.jbindgen.model.Position;
import java.util.List;
import java.util.Set;

/**
 * The macros the preprocessor computes instead of looking up: {@code __FILE__}, {@code __LINE__},
 * {@code __COUNTER__}, and the {@code _Pragma} operator, which is removed.
 */
final class BuiltinMacros {
    private static final Set<String> NAMES = Set.of("__FILE__", "__LINE__", "__COUNTER__", "_Pragma");

    private BuiltinMacros() {
    }

    static boolean isBuiltin(String name) {
        return NAMES.contains(name);
    }

    /**
     * {@return the replacement of {@code t}: {@code t} itself when it is no built-in macro, {@code null}
     * when it was removed (a {@code _Pragma})}
     */
    static Token replace(Token t, MacroExpander in, ExpansionState state) {
        if (!NAMES.contains(t.text())) {
            return t;
        }
        Position at = t.reportPosition();
        return switch (t.text()) {
            case "__FILE__" -> make(t, TokenKind.STRING, "\"" + escape(at.file()) + "\"", at);
            case "__LINE__" -> make(t, TokenKind.NUMBER, Integer.toString(at.line()), at);
            case "__COUNTER__" -> make(t, TokenKind.NUMBER, Integer.toString(state.nextCounter()), at);
            default -> pragma(t, in, state);
        };
    }

    /** Removes a {@code _Pragma} operator, except {@code pack}, which layouts need: that one is kept whole. */
    private static Token pragma(Token t, MacroExpander in, ExpansionState state) {
        Token open = in.read();
        Token text = open.is("(") ? in.read() : open;
        Token close = text.kind() == TokenKind.STRING ? in.read() : text;
        if (!open.is("(") || text.kind() != TokenKind.STRING || !close.is(")")) {
            state.diagnostics.error(t.reportPosition(), "invalid-pragma-operator",
                    "_Pragma takes a parenthesized string literal");
            if (close.kind() == TokenKind.EOF) {
                in.unread(close);
            }
            return null;
        }
        if (!Pragmas.isPack(text.text())) {
            return null;
        }
        in.unread(List.of(open, text, close));
        state.paint(t);
        return t;
    }

    private static Token make(Token t, TokenKind kind, String text, Position at) {
        return new Token(kind, text, t.position(), t.expansion() != null ? t.expansion() : at,
                t.leadingSpace(), t.startOfLine(), t.comments());
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
