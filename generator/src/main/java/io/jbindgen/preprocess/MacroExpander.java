package io.jbindgen.preprocess;

import io.jbindgen.lex.Token;
import io.jbindgen.lex.TokenKind;
import io.jbindgen.model.Comment;
import io.jbindgen.model.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * Macro replacement (C11 6.10.3) over a token source, the way gcc does it: each expansion is a
 * context on a stack, a macro is disabled while its context is on the stack, and an identifier read
 * while its macro is disabled is painted and never expands again. So self- and mutually recursive
 * macros terminate; an {@link ExpansionState} budget stops exponential growth.
 */
final class MacroExpander {
    private final ExpansionState state;
    private final TokenSource base;
    private final List<Context> stack = new ArrayList<>();
    /** Comments before invocations that produced no tokens: they go to the next token handed out. */
    private List<Comment> orphanComments = List.of();

    /** Tokens of one macro expansion being rescanned. */
    private static final class Context {
        final List<Token> tokens;
        final String macro;
        int index;

        Context(List<Token> tokens, String macro) {
            this.tokens = tokens;
            this.macro = macro;
        }
    }

    MacroExpander(ExpansionState state, TokenSource base) {
        this.state = state;
        this.base = base;
    }

    /** {@return every remaining token, fully expanded, without the final EOF} */
    List<Token> expandAll() {
        List<Token> out = new ArrayList<>();
        for (Token t = next(); t.kind() != TokenKind.EOF; t = next()) {
            out.add(t);
        }
        return out;
    }

    /** {@return the next fully expanded token} */
    Token next() {
        Token t = nextExpanded();
        if (orphanComments.isEmpty() || t.kind() == TokenKind.EOF) {
            return t;
        }
        List<Comment> comments = new ArrayList<>(orphanComments);
        comments.addAll(t.comments());
        orphanComments = List.of();
        Token withComments = new Token(t.kind(), t.text(), t.position(), t.expansion(), t.leadingSpace(),
                t.startOfLine(), comments);
        if (state.isPainted(t)) {
            state.paint(withComments);
        }
        return withComments;
    }

    private Token nextExpanded() {
        while (true) {
            Token t = read();
            if (t.kind() != TokenKind.IDENTIFIER || state.aborted() || state.isPainted(t)) {
                return t;
            }
            MacroDefinition m = state.macros.get(t.text());
            if (m == null) {
                Token special = BuiltinMacros.replace(t, this, state);
                if (special == t) {
                    return t;
                }
                if (special != null) {
                    return special;
                }
                continue;
            }
            if (state.isActive(m.name())) {
                state.paint(t);
                return t;
            }
            if (!invoke(m, t)) {
                return t;
            }
        }
    }

    /** Expands {@code m} invoked by {@code name}; {@return false when it is not an invocation after all} */
    private boolean invoke(MacroDefinition m, Token name) {
        List<List<Token>> args = null;
        if (m.isFunctionLike()) {
            Token after = read();
            if (!after.is("(") || after.kind() != TokenKind.PUNCTUATOR) {
                unread(after);
                return false;
            }
            args = new ArgumentReader(this, state.diagnostics).read(m, name);
            if (args == null) {
                return true;
            }
        }
        if (stack.isEmpty()) {
            state.startTopLevel();
        }
        Position site = name.expansion() != null ? name.expansion() : name.position();
        List<Token> body = new Substitution(m, args, site, state, this::expandArgument).apply();
        if (!state.charge(body.size(), site)) {
            stack.clear();
            return true;
        }
        if (body.isEmpty() && name.expansion() == null && !name.comments().isEmpty()) {
            List<Comment> kept = new ArrayList<>(orphanComments);
            kept.addAll(name.comments());
            orphanComments = kept;
        }
        if (!body.isEmpty()) {
            Token first = body.getFirst();
            body.set(0, new Token(first.kind(), first.text(), first.position(), first.expansion(),
                    name.leadingSpace(), name.startOfLine(), name.expansion() == null ? name.comments() : List.of()));
            if (state.isPainted(first)) {
                state.paint(body.getFirst());
            }
        }
        state.activate(m.name());
        stack.add(new Context(body, m.name()));
        return true;
    }

    /** {@return {@code arg} fully expanded in isolation, with the macros now being expanded still disabled} */
    private List<Token> expandArgument(List<Token> arg) {
        boolean anyMacro = false;
        for (Token t : arg) {
            if (t.kind() == TokenKind.IDENTIFIER && !state.isPainted(t)
                    && (state.macros.isDefined(t.text()) || BuiltinMacros.isBuiltin(t.text()))) {
                anyMacro = true;
                break;
            }
        }
        if (!anyMacro) {
            return arg;
        }
        try {
            if (!state.enterArgument(arg.getFirst().reportPosition())) {
                return arg;
            }
            return new MacroExpander(state, new ListSource(arg)).expandAll();
        } finally {
            state.leaveArgument();
        }
    }

    /** {@return the next unexpanded token: from the innermost unfinished expansion, else from the base} */
    Token read() {
        while (!stack.isEmpty()) {
            Context c = stack.getLast();
            if (c.index < c.tokens.size()) {
                return c.tokens.get(c.index++);
            }
            stack.removeLast();
            if (c.macro != null) {
                state.deactivate(c.macro);
            }
        }
        return base.next();
    }

    /** Puts {@code t} back so that the next {@link #read()} returns it. */
    void unread(Token t) {
        stack.add(new Context(List.of(t), null));
    }

    /** Puts {@code tokens} back so that the next reads return them in order. */
    void unread(List<Token> tokens) {
        stack.add(new Context(tokens, null));
    }
}
