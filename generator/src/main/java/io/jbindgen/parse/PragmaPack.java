package io.jbindgen.parse;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.lex.Lexer;
import io.jbindgen.lex.Token;
import io.jbindgen.lex.TokenKind;
import io.jbindgen.model.CType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * {@code #pragma pack}: reads pragmas left in the token stream (as {@code _Pragma("pack(2)")} or as a
 * {@code #pragma} line) and caps member alignment while a pack value is in force, which it expresses
 * with the member attributes gcc treats the same way ({@code packed} plus {@code aligned(N)}).
 */
final class PragmaPack {
    private final Deque<Integer> stack = new ArrayDeque<>();
    private int current;

    /** Consumes a pragma at the cursor if there is one; {@return whether it did} */
    boolean accept(TokenCursor c) {
        Token t = c.peek();
        if (t.is("_Pragma") && c.peek(1).is("(") && c.peek(2).kind() == TokenKind.STRING && c.peek(3).is(")")) {
            String s = c.peek(2).text();
            c.next();
            c.next();
            c.next();
            c.next();
            apply(Lexer.tokenize("<pragma>", s.substring(s.indexOf('"') + 1, s.length() - 1), new Diagnostics()));
            return true;
        }
        if (t.is("#") && t.startOfLine() && c.peek(1).is("pragma")) {
            c.next();
            c.next();
            List<Token> line = new ArrayList<>();
            while (!c.atEnd() && !c.peek().startOfLine()) {
                line.add(c.next());
            }
            apply(line);
            return true;
        }
        return false;
    }

    private void apply(List<Token> p) {
        if (p.isEmpty() || !p.getFirst().is("pack") || p.size() < 2 || !p.get(1).is("(")) {
            return;
        }
        List<String> args = new ArrayList<>();
        for (int i = 2; i < p.size() && !p.get(i).is(")"); i++) {
            if (!p.get(i).is(",")) {
                args.add(p.get(i).text());
            }
        }
        if (args.isEmpty()) {
            current = 0;
        } else if (args.getFirst().equals("push")) {
            stack.push(current);
            number(args.getLast());
        } else if (args.getFirst().equals("pop")) {
            current = stack.isEmpty() ? 0 : stack.pop();
            number(args.getLast());
        } else {
            number(args.getFirst());
        }
    }

    private void number(String s) {
        try {
            current = Integer.decode(s);
        } catch (NumberFormatException e) {
            // push/pop without a value, or an identifier: keep the current value
        }
    }

    /** Caps the alignment of a member of type {@code type} at the pack value in force. */
    void applyTo(AttrSet attrs, CType type, TypeSizes sizes) {
        if (current <= 0) {
            return;
        }
        long natural = sizes.alignOf(type);
        if (natural < 0 || natural > current) {
            attrs.packed();
            if (current > 1) {
                attrs.aligned(current);
            }
        }
    }
}
