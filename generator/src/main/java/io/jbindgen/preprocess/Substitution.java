package io.jbindgen.preprocess;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.lex.Lexer;
import io.jbindgen.lex.Token;
import io.jbindgen.lex.TokenKind;
import io.jbindgen.model.Position;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Builds the replacement of one macro invocation (C11 6.10.3.1-3): parameters replaced by their
 * fully expanded arguments, or by the arguments as written next to {@code #} and {@code ##};
 * stringizing, token pasting with placemarkers, GNU {@code , ## __VA_ARGS__} comma swallowing and
 * {@code __VA_OPT__}. Every produced token keeps its spelling position and gets the invocation site.
 */
final class Substitution {
    private final MacroDefinition macro;
    private final List<List<Token>> args;
    private final Position site;
    private final ExpansionState state;
    private final UnaryOperator<List<Token>> expander;
    /** The fully expanded argument of each parameter, computed on first use. */
    private final List<List<Token>> expanded;
    private boolean placemarker;
    private boolean inVaOpt;

    Substitution(MacroDefinition macro, List<List<Token>> args, Position site, ExpansionState state,
            UnaryOperator<List<Token>> expander) {
        this.macro = macro;
        this.args = args;
        this.site = site;
        this.state = state;
        this.expander = expander;
        this.expanded = args == null ? List.of() : new ArrayList<>(Collections.nCopies(args.size(), null));
    }

    /** {@return the replacement tokens (a fresh, modifiable list)} */
    List<Token> apply() {
        List<Token> out = new ArrayList<>(macro.body().size() + 4);
        substitute(macro.body(), out);
        return out;
    }

    private void substitute(List<Token> body, List<Token> out) {
        int n = body.size();
        for (int i = 0; i < n; i++) {
            Token t = body.get(i);
            int param = param(t);
            Token next = i + 1 < n ? body.get(i + 1) : null;
            if (macro.isFunctionLike() && isOp(t, "#") && next != null && param(next) >= 0) {
                out.add(Stringizer.stringize(args.get(param(next)), t, site));
                placemarker = false;
                i++;
            } else if (t.is("__VA_OPT__") && macro.variadic() && next != null && next.is("(") && !inVaOpt) {
                i = vaOpt(body, i, out);
            } else if (isGnuComma(body, i)) {
                List<Token> va = args.getLast();
                if (!va.isEmpty()) {
                    out.add(state.relocate(t, site, t.leadingSpace()));
                    appendCopies(va, out, body.get(i + 2).leadingSpace());
                }
                i += 2;
            } else if (isOp(t, "##") && next != null) {
                paste(next, out);
                i++;
            } else if (param >= 0) {
                boolean raw = next != null && isOp(next, "##");
                List<Token> arg = raw ? args.get(param) : expandedArg(param);
                appendCopies(arg, out, t.leadingSpace());
                placemarker = raw && arg.isEmpty();
            } else {
                out.add(state.relocate(t, site, t.leadingSpace()));
                placemarker = false;
            }
        }
    }

    private int vaOpt(List<Token> body, int i, List<Token> out) {
        int depth = 0;
        int close = i + 1;
        for (; close < body.size(); close++) {
            if (body.get(close).is("(")) {
                depth++;
            } else if (body.get(close).is(")") && --depth == 0) {
                break;
            }
        }
        if (!args.getLast().isEmpty() && close > i + 2) {
            inVaOpt = true;
            substitute(body.subList(i + 2, Math.min(close, body.size())), out);
            inVaOpt = false;
        }
        return close;
    }

    private boolean isGnuComma(List<Token> body, int i) {
        return macro.variadic() && i + 2 < body.size() && isOp(body.get(i), ",") && isOp(body.get(i + 1), "##")
                && param(body.get(i + 2)) == args.size() - 1;
    }

    private void paste(Token rhs, List<Token> out) {
        int p = param(rhs);
        List<Token> right = p >= 0 ? args.get(p) : List.of(rhs);
        if (right.isEmpty()) {
            return;
        }
        if (placemarker || out.isEmpty()) {
            appendCopies(right, out, rhs.leadingSpace());
            placemarker = false;
            return;
        }
        Token left = out.removeLast();
        Token pasted = pasteTokens(left, right.getFirst());
        if (pasted == null) {
            out.add(left);
            out.add(state.relocate(right.getFirst(), site, false));
        } else {
            out.add(pasted);
        }
        for (int k = 1; k < right.size(); k++) {
            out.add(state.relocate(right.get(k), site, right.get(k).leadingSpace()));
        }
    }

    private Token pasteTokens(Token left, Token right) {
        String text = left.text() + right.text();
        Diagnostics scratch = new Diagnostics();
        List<Token> lexed = Lexer.tokenize(left.position().file(), text, scratch);
        if (lexed.size() != 2 || scratch.hasErrors() || !lexed.getFirst().text().equals(text)) {
            state.diagnostics.error(site, "invalid-paste",
                    "pasting \"%s\" and \"%s\" does not give a valid preprocessing token", left.text(), right.text());
            return null;
        }
        return new Token(lexed.getFirst().kind(), text, left.position(), site, left.leadingSpace(), false, List.of());
    }

    private List<Token> expandedArg(int param) {
        List<Token> e = expanded.get(param);
        if (e == null) {
            e = expander.apply(args.get(param));
            expanded.set(param, e);
        }
        return e;
    }

    private void appendCopies(List<Token> arg, List<Token> out, boolean leadingSpace) {
        for (int k = 0; k < arg.size(); k++) {
            Token a = arg.get(k);
            out.add(state.relocate(a, site, k == 0 ? leadingSpace : a.leadingSpace()));
        }
    }

    private int param(Token t) {
        return t.kind() == TokenKind.IDENTIFIER ? macro.paramIndex(t.text()) : -1;
    }

    private static boolean isOp(Token t, String op) {
        return t.kind() == TokenKind.PUNCTUATOR && t.text().equals(op);
    }
}
