package io.jbindgen.preprocess;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.lex.Token;
import io.jbindgen.lex.TokenKind;
import java.util.List;

/** Reads the operand of {@code defined} and of the {@code __has_*} operators in a {@code #if} line. */
final class QueryParser {
    /** A header name: {@code "x.h"} or {@code <x.h>}. */
    record Header(String name, boolean angled) {
    }

    private final List<Token> tokens;
    private final int start;
    private final Diagnostics diagnostics;
    private int end;
    private boolean failed;

    QueryParser(List<Token> tokens, int start, Diagnostics diagnostics) {
        this.tokens = tokens;
        this.start = start;
        this.diagnostics = diagnostics;
        this.end = start;
    }

    /** {@return the index after the operator and its operand} */
    int end() {
        return end;
    }

    /** {@return whether the operand was malformed (and reported)} */
    boolean failed() {
        return failed;
    }

    /** {@code defined X} or {@code defined ( X )}. */
    String definedOperand() {
        int i = start + 1;
        if (at(i) != null && at(i).isIdentifier()) {
            end = i + 1;
            return at(i).text();
        }
        if (is(i, "(") && at(i + 1) != null && at(i + 1).isIdentifier() && is(i + 2, ")")) {
            end = i + 3;
            return at(i + 1).text();
        }
        return fail("operator \"defined\" requires an identifier");
    }

    /** {@code ( "name" )} or {@code ( <name> )}. */
    Header header() {
        int i = start + 1;
        if (!is(i, "(")) {
            return fail("missing '(' after \"%s\"".formatted(tokens.get(start).text()));
        }
        i++;
        Token t = at(i);
        if (t != null && t.kind() == TokenKind.STRING && t.text().startsWith("\"") && is(i + 1, ")")) {
            end = i + 2;
            return new Header(t.text().substring(1, t.text().length() - 1), false);
        }
        if (is(i, "<")) {
            StringBuilder name = new StringBuilder();
            for (int k = i + 1; at(k) != null; k++) {
                if (is(k, ">")) {
                    if (!is(k + 1, ")")) {
                        break;
                    }
                    end = k + 2;
                    return new Header(name.toString(), true);
                }
                if (k > i + 1 && at(k).leadingSpace()) {
                    name.append(' ');
                }
                name.append(at(k).text());
            }
        }
        return fail("operator \"%s\" requires a header name".formatted(tokens.get(start).text()));
    }

    /** {@code ( name )}, also {@code ( gnu::name )}. */
    String parenthesisedName() {
        int i = start + 1;
        if (is(i, "(") && at(i + 1) != null && at(i + 1).isIdentifier()) {
            if (is(i + 2, ")")) {
                end = i + 3;
                return at(i + 1).text();
            }
            if (is(i + 2, ":") && is(i + 3, ":") && at(i + 4) != null && at(i + 4).isIdentifier() && is(i + 5, ")")) {
                end = i + 6;
                return at(i + 4).text();
            }
        }
        return fail("operator \"%s\" requires a parenthesized identifier".formatted(tokens.get(start).text()));
    }

    private Token at(int i) {
        return i < tokens.size() && tokens.get(i).kind() != TokenKind.EOF ? tokens.get(i) : null;
    }

    private boolean is(int i, String text) {
        Token t = at(i);
        return t != null && t.kind() == TokenKind.PUNCTUATOR && t.text().equals(text);
    }

    private <T> T fail(String message) {
        diagnostics.error(tokens.get(start).reportPosition(), "invalid-query", "%s", message);
        failed = true;
        return null;
    }
}
