package io.jbindgen.preprocess;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.lex.Token;
import io.jbindgen.lex.TokenKind;
import io.jbindgen.model.Comment;
import java.util.ArrayList;
import java.util.List;

/** Reads a {@code #define} line into a {@link MacroDefinition}, with its doc comment. */
final class DefineParser {
    private final Diagnostics diagnostics;

    DefineParser(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * Parses the tokens after {@code define}.
     *
     * @param hash the directive's {@code #} (its comments are those before the line)
     * @param line the tokens after {@code #}, starting with {@code define}
     * @param following the first token after the line (its comments include the line's trailing comment)
     * @return the definition, or {@code null} after reporting why there is none
     */
    MacroDefinition parse(Token hash, List<Token> line, Token following) {
        if (line.size() < 2 || !line.get(1).isIdentifier()) {
            Token at = line.size() < 2 ? line.getFirst() : line.get(1);
            diagnostics.error(at.position(), "invalid-macro-name", "macro names must be identifiers");
            return null;
        }
        Token name = line.get(1);
        if (name.is("defined")) {
            diagnostics.error(name.position(), "invalid-macro-name", "\"defined\" cannot be used as a macro name");
            return null;
        }
        int i = 2;
        List<String> params = null;
        boolean variadic = false;
        if (i < line.size() && line.get(i).is("(") && !line.get(i).leadingSpace()) {
            params = new ArrayList<>();
            i = parameters(line, i + 1, params);
            if (i < 0) {
                return null;
            }
            variadic = i > 0 && line.get(i - 2).is("...");
        } else if (i < line.size() && !line.get(i).leadingSpace()) {
            diagnostics.warning(line.get(i).position(), "missing-whitespace",
                    "missing whitespace after the macro name");
        }
        List<Token> body = new ArrayList<>(line.subList(i, line.size()));
        if (!body.isEmpty()) {
            Token f = body.getFirst();
            body.set(0, new Token(f.kind(), f.text(), f.position(), null, false, false, List.of()));
        }
        MacroDefinition m = new MacroDefinition(name.text(), params, variadic, body, name.position(),
                doc(hash, line, following));
        return checkOperators(m) ? m : null;
    }

    /** Reads parameters after {@code (}; {@return the index after {@code )}, or -1 after an error} */
    private int parameters(List<Token> line, int i, List<String> params) {
        if (i < line.size() && line.get(i).is(")")) {
            return i + 1;
        }
        while (i < line.size()) {
            Token p = line.get(i);
            if (p.is("...")) {
                params.add("__VA_ARGS__");
                i++;
            } else if (p.isIdentifier() && !params.contains(p.text())) {
                params.add(p.text());
                i++;
                if (i < line.size() && line.get(i).is("...")) {
                    i++;
                    if (i < line.size() && line.get(i).is(")")) {
                        return i + 1;
                    }
                    break;
                }
            } else {
                break;
            }
            if (i < line.size() && line.get(i).is(")")) {
                return i + 1;
            }
            if (i >= line.size() || !line.get(i).is(",") || params.getLast().equals("__VA_ARGS__")) {
                break;
            }
            i++;
        }
        Token at = i < line.size() ? line.get(i) : line.getLast();
        diagnostics.error(at.position(), "invalid-macro-parameters", "invalid macro parameter list");
        return -1;
    }

    private boolean checkOperators(MacroDefinition m) {
        List<Token> body = m.body();
        if (!body.isEmpty() && (isPaste(body.getFirst()) || isPaste(body.getLast()))) {
            Token at = isPaste(body.getFirst()) ? body.getFirst() : body.getLast();
            diagnostics.error(at.position(), "paste-at-edge", "'##' cannot appear at either end of a macro expansion");
            return false;
        }
        if (m.isFunctionLike()) {
            for (int i = 0; i < body.size(); i++) {
                Token t = body.get(i);
                if (t.kind() == TokenKind.PUNCTUATOR && t.text().equals("#")
                        && (i + 1 >= body.size() || m.paramIndex(body.get(i + 1).text()) < 0
                        || !body.get(i + 1).isIdentifier())) {
                    diagnostics.error(t.position(), "stringize-non-parameter",
                            "'#' is not followed by a macro parameter");
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isPaste(Token t) {
        return t.kind() == TokenKind.PUNCTUATOR && t.text().equals("##");
    }

    /** The block just before the line, else the comment trailing it. */
    private static Comment doc(Token hash, List<Token> line, Token following) {
        Comment before = commentBlockBefore(hash.comments(), hash.position().line());
        if (before != null) {
            return before;
        }
        int lastLine = line.getLast().position().line();
        if (following != null) {
            for (Comment c : following.comments()) {
                if (c.start().line() >= hash.position().line() && c.start().line() <= lastLine) {
                    return c;
                }
            }
        }
        return null;
    }

    /** {@return the run of comments ending on the line before {@code line}, joined, or {@code null}} */
    static Comment commentBlockBefore(List<Comment> comments, int line) {
        if (comments.isEmpty() || comments.getLast().endLine() < line - 1) {
            return null;
        }
        int first = comments.size() - 1;
        while (first > 0 && comments.get(first - 1).endLine() >= comments.get(first).start().line() - 1) {
            first--;
        }
        if (first == comments.size() - 1) {
            return comments.getLast();
        }
        StringBuilder text = new StringBuilder();
        for (int k = first; k < comments.size(); k++) {
            if (k > first) {
                text.append('\n');
            }
            text.append(comments.get(k).text());
        }
        return new Comment(text.toString(), comments.get(first).start(), comments.getLast().endLine());
    }
}
