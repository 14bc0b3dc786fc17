package io.jbindgen.lex;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.Comment;
import io.jbindgen.model.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a C source text into preprocessing tokens (C11 6.4), keeping positions and comments.
 *
 * <p>Line splices are removed, comments are collected into the following token's
 * {@link Token#comments()}, and each token records whether it starts a line (which the preprocessor
 * needs for directives). Unterminated comments and literals are reported and recovered from.
 */
public final class Lexer {

    private static final String[] PUNCTUATORS = {
        "%:%:", "...", "<<=", ">>=",
        "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "*=", "/=", "%=", "+=", "-=",
        "&=", "^=", "|=", "##", "<:", ":>", "<%", "%>", "%:",
        "[", "]", "(", ")", "{", "}", ".", "&", "*", "+", "-", "~", "!", "/", "%", "<", ">", "^", "|",
        "?", ":", ";", "=", ",", "#"
    };

    /** The punctuators by their first character, longest first, so that a token is matched with few tries. */
    private static final String[][] BY_FIRST_CHAR = new String[128][];

    static {
        for (int c = 0; c < 128; c++) {
            List<String> withFirst = new ArrayList<>();
            for (String p : PUNCTUATORS) {
                if (p.charAt(0) == c) {
                    withFirst.add(p);
                }
            }
            BY_FIRST_CHAR[c] = withFirst.toArray(new String[0]);
        }
    }

    /** What a malformed UTF-8 byte sequence is decoded as. */
    private static final int REPLACEMENT = 0xFFFD;

    private final String file;
    private final SourceReader in;
    private final Diagnostics diagnostics;
    private final List<Comment> pendingComments = new ArrayList<>();
    private boolean startOfLine = true;
    private boolean leadingSpace;

    /**
     * Creates a lexer.
     *
     * @param file the file name to put in positions
     * @param text the whole source text
     * @param diagnostics where to report malformed input
     */
    public Lexer(String file, String text, Diagnostics diagnostics) {
        this.file = file;
        this.in = new SourceReader(text);
        this.diagnostics = diagnostics;
    }

    /** Lexes a whole text. The last token is always {@link TokenKind#EOF}. */
    public static List<Token> tokenize(String file, String text, Diagnostics diagnostics) {
        Lexer lexer = new Lexer(file, text, diagnostics);
        List<Token> out = new ArrayList<>();
        Token t;
        do {
            t = lexer.next();
            out.add(t);
        } while (t.kind() != TokenKind.EOF);
        return out;
    }

    /** {@return the next token; {@link TokenKind#EOF} at the end, and forever after} */
    public Token next() {
        skipSpaceAndComments();
        Position pos = here();
        int c = in.peek();
        if (c < 0) {
            return make(TokenKind.EOF, "", pos);
        }
        if (isIdentStart(c)) {
            return identifierOrPrefixedLiteral(pos);
        }
        if (isDigit(c) || (c == '.' && isDigit(in.peek(1)))) {
            return make(TokenKind.NUMBER, ppNumber(), pos);
        }
        if (c == '"' || c == '\'') {
            return make(c == '"' ? TokenKind.STRING : TokenKind.CHARACTER, quoted("", pos), pos);
        }
        for (String p : BY_FIRST_CHAR[c < 128 ? c : 0]) {
            if (matches(p)) {
                for (int i = 0; i < p.length(); i++) {
                    in.next();
                }
                return make(TokenKind.PUNCTUATOR, p, pos);
            }
        }
        in.next();
        return make(TokenKind.OTHER, Character.toString((char) c), pos);
    }

    private Token make(TokenKind kind, String text, Position pos) {
        Token t = new Token(kind, text, pos, null, leadingSpace, startOfLine, pendingComments);
        pendingComments.clear();
        startOfLine = false;
        leadingSpace = false;
        return t;
    }

    private Position here() {
        return new Position(file, in.line(), in.column());
    }

    private boolean matches(String p) {
        for (int i = 1; i < p.length(); i++) {
            if (in.peek(i) != p.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void skipSpaceAndComments() {
        while (true) {
            int c = in.peek();
            if (c == '\n') {
                in.next();
                startOfLine = true;
                leadingSpace = false;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0b) {
                in.next();
                leadingSpace = true;
            } else if (c == '/' && in.peek(1) == '*') {
                blockComment();
                leadingSpace = true;
            } else if (c == '/' && in.peek(1) == '/') {
                lineComment();
                leadingSpace = true;
            } else if (c == 0 || isStray(c)) {
                strayCharacters(c);
                leadingSpace = true;
            } else {
                return;
            }
        }
    }

    /**
     * Skips a run of equal stray characters outside comments and literals, reporting it once the way
     * gcc does: NUL is ignored with a warning, another control character is an error, and so is a byte
     * that was not valid UTF-8 (decoded as U+FFFD).
     */
    private void strayCharacters(int c) {
        Position pos = here();
        while (in.peek() == c) {
            in.next();
        }
        if (c == 0) {
            diagnostics.warning(pos, "null-character", "null character(s) ignored");
        } else if (c == REPLACEMENT) {
            diagnostics.error(pos, "invalid-utf8", "stray byte(s) in program: invalid UTF-8 byte sequence");
        } else {
            diagnostics.error(pos, "stray-character", "stray '\\%o' in program", c);
        }
    }

    /** {@return whether {@code c} may not appear outside comments and literals at all} */
    private static boolean isStray(int c) {
        return (c >= 0 && c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0b) || c == 0x7f
                || c == REPLACEMENT;
    }

    private void blockComment() {
        Position start = here();
        in.next();
        in.next();
        int from = in.index();
        int to;
        while (true) {
            int c = in.skipToStarOrBackslash();
            if (c < 0) {
                diagnostics.error(start, "unterminated-comment", "unterminated /* comment");
                to = in.index();
                break;
            }
            if (c == '*' && in.peek(1) == '/') {
                to = in.index();
                in.next();
                in.next();
                break;
            }
            in.next();
        }
        pendingComments.add(new Comment(CommentText.ofBlock(in.slice(from, to)), start, in.line()));
    }

    private void lineComment() {
        Position start = here();
        in.next();
        in.next();
        StringBuilder sb = new StringBuilder();
        while (in.peek() >= 0 && in.peek() != '\n') {
            sb.append((char) in.next());
        }
        pendingComments.add(new Comment(sb.toString().strip(), start, start.line()));
    }

    private Token identifierOrPrefixedLiteral(Position pos) {
        int start = in.index();
        int splices = in.splices();
        in.skipIdentifierChars();
        String raw = in.slice(start, in.index());
        String id = in.splices() == splices ? raw : raw.replaceAll("\\\\\r?\n", "");
        int c = in.peek();
        if ((c == '"' || c == '\'') && (id.equals("L") || id.equals("u") || id.equals("U") || id.equals("u8"))) {
            return make(c == '"' ? TokenKind.STRING : TokenKind.CHARACTER, quoted(id, pos), pos);
        }
        return make(TokenKind.IDENTIFIER, id, pos);
    }

    private String ppNumber() {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = in.peek();
            if ((c == '+' || c == '-') && !sb.isEmpty()) {
                char prev = Character.toLowerCase(sb.charAt(sb.length() - 1));
                if (prev == 'e' || prev == 'p') {
                    sb.append((char) in.next());
                    continue;
                }
                return sb.toString();
            }
            if (isIdentPart(c) || c == '.' || (c == '\'' && isIdentPart(in.peek(1)) && !sb.isEmpty())) {
                sb.append((char) in.next());
            } else {
                return sb.toString();
            }
        }
    }

    private String quoted(String prefix, Position pos) {
        StringBuilder sb = new StringBuilder(prefix);
        int quote = in.next();
        sb.append((char) quote);
        while (true) {
            int c = in.peek();
            if (c < 0 || c == '\n') {
                diagnostics.error(pos, quote == '"' ? "unterminated-string" : "unterminated-char",
                        "missing terminating %c character", (char) quote);
                sb.append((char) quote);
                return sb.toString();
            }
            in.next();
            sb.append((char) c);
            if (c == '\\' && in.peek() >= 0 && in.peek() != '\n') {
                sb.append((char) in.next());
            } else if (c == quote) {
                return sb.toString();
            }
        }
    }

    static boolean isIdentStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$'
                || (c >= 0x80 && c != REPLACEMENT);
    }

    static boolean isIdentPart(int c) {
        return isIdentStart(c) || isDigit(c);
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
