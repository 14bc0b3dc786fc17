package io.jbindgen.lex;

/**
 * Reads a source text character by character with backslash-newline splices removed, keeping the
 * 1-based line and column of each character as it stands in the file.
 */
final class SourceReader {
    private final String text;
    /** The text's characters: indexing an array is much cheaper than {@code charAt} before the JIT has run. */
    private final char[] chars;
    private final int length;
    private int index;
    private int splices;
    private int line = 1;
    private int column = 1;

    SourceReader(String text) {
        this.chars = text.toCharArray();
        this.text = text.indexOf('\r') < 0 ? text : endLinesWithNewline(chars);
        this.length = chars.length;
        skipSplices();
    }

    /**
     * Turns each lone carriage return (an old Mac line end) into a newline in place, as gcc's
     * preprocessor reads it, so that lines, splices and line comments end there too; a CR before a
     * newline stays (it is white space). {@return the text of the changed characters}
     */
    private static String endLinesWithNewline(char[] chars) {
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\r' && (i + 1 == chars.length || chars[i + 1] != '\n')) {
                chars[i] = '\n';
            }
        }
        return new String(chars);
    }

    /** {@return the current character, or {@code -1} at the end} */
    int peek() {
        return index < length ? chars[index] : -1;
    }

    /** {@return the character after the current one (splices skipped), or {@code -1}} */
    int peek(int ahead) {
        int i = index;
        for (int n = 0; n < ahead; n++) {
            if (i >= length) {
                return -1;
            }
            i = skipSplicesFrom(i + 1);
        }
        return i < length ? chars[i] : -1;
    }

    /** Consumes the current character and returns it. */
    int next() {
        if (index >= length) {
            return -1;
        }
        char c = chars[index++];
        advance(c);
        skipSplices();
        return c;
    }

    /**
     * Consumes characters up to the next {@code *} or backslash that is not a line splice (or the end),
     * as repeated {@link #next()} calls would; {@return the character now current, or {@code -1}}
     */
    int skipToStarOrBackslash() {
        while (true) {
            int i = index;
            while (i < length) {
                char c = chars[i];
                if (c == '*' || c == '\\') {
                    break;
                }
                if (c == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
                i++;
            }
            index = i;
            if (i >= length) {
                return -1;
            }
            if (chars[i] == '*' || !spliceAt(i)) {
                return chars[i];
            }
            skipSplices();
        }
    }

    /** Consumes the identifier characters ({@code [A-Za-z0-9_$]} and non-ASCII) from the current one on. */
    void skipIdentifierChars() {
        while (true) {
            int i = index;
            while (i < length && Lexer.isIdentPart(chars[i])) {
                i++;
            }
            column += i - index;
            index = i;
            if (i >= length || !spliceAt(i)) {
                return;
            }
            skipSplices();
        }
    }

    private boolean spliceAt(int i) {
        return chars[i] == '\\' && skipSplicesFrom(i) != i;
    }

    /** {@return the offset of the current character in the text} */
    int index() {
        return index;
    }

    /** {@return how many line splices have been skipped so far} */
    int splices() {
        return splices;
    }

    /** {@return the text between two offsets, lone carriage returns read as newlines} */
    String slice(int from, int to) {
        return text.substring(from, to);
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    boolean atEnd() {
        return index >= length;
    }

    private void advance(char c) {
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
    }

    private void skipSplices() {
        while (index < length && chars[index] == '\\') {
            int after = index + 1;
            if (after < length && chars[after] == '\r') {
                after++;
            }
            if (after < length && chars[after] == '\n') {
                index = after + 1;
                splices++;
                line++;
                column = 1;
            } else {
                return;
            }
        }
    }

    private int skipSplicesFrom(int i) {
        while (i < length && chars[i] == '\\') {
            int after = i + 1;
            if (after < length && chars[after] == '\r') {
                after++;
            }
            if (after < length && chars[after] == '\n') {
                i = after + 1;
            } else {
                break;
            }
        }
        return i;
    }
}
