package io.jbindgen.parse;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.lex.Lexer;
import io.jbindgen.lex.Token;
import io.jbindgen.lex.TokenKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * {@code #pragma pack}: reads pragmas left in the token stream (as {@code _Pragma("pack(2)")} or as a
 * {@code #pragma} line) and keeps the pack value in force, with gcc's push/pop stack (named entries
 * included) and gcc's rules for values it accepts and pragmas it ignores. The value at a record's
 * closing brace applies to the whole record.
 */
final class PragmaPack {
    private final Deque<Saved> stack = new ArrayDeque<>();
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
        } else if (args.getFirst().equals("push") && args.size() <= 3) {
            String id = args.size() > 1 && isIdentifier(args.get(1)) ? args.get(1) : null;
            boolean hasValue = args.size() > (id == null ? 1 : 2);
            if (hasValue && value(args.getLast()) < 0) {
                return; // gcc ignores the whole pragma, push included ("alignment must be a small power of two")
            }
            stack.push(new Saved(current, id));
            if (hasValue) {
                set(args.getLast());
            }
        } else if (args.getFirst().equals("pop") && args.size() <= 2) {
            pop(args.size() == 2 ? args.get(1) : null);
        } else if (args.size() == 1) {
            set(args.getFirst());
        }
    }

    /**
     * gcc ignores {@code pop} with a number, and {@code pop} with nothing to pop; a name pops down to its
     * push, and a name never pushed pops one entry, as a plain {@code pop} does (gcc warns).
     */
    private void pop(String id) {
        if (id != null && !isIdentifier(id) || stack.isEmpty()) {
            return;
        }
        if (id == null || stack.stream().noneMatch(s -> id.equals(s.id()))) {
            current = stack.pop().value();
            return;
        }
        Saved s;
        do {
            s = stack.pop();
        } while (!id.equals(s.id()));
        current = s.value();
    }

    /** gcc accepts 0 (the default) and the powers of two up to 16; it ignores any other value. */
    private void set(String s) {
        int n = value(s);
        if (n >= 0) {
            current = n;
        }
    }

    /** {@return the pack value {@code s} spells when gcc accepts it (0 and the powers of two up to 16), else -1} */
    private static int value(String s) {
        try {
            int n = Integer.decode(s);
            return n == 0 || n == 1 || n == 2 || n == 4 || n == 8 || n == 16 ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isIdentifier(String s) {
        return !s.isEmpty() && (Character.isLetter(s.charAt(0)) || s.charAt(0) == '_');
    }

    /** {@return the pack value in force now ({@code 0}: none); a record takes the one at its closing brace} */
    int current() {
        return current;
    }

    private record Saved(int value, String id) {
    }
}
