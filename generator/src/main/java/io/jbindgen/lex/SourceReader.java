package io.jbindgen.lex;

/**
 * Reads a source text character by character with backslash-newline splices removed, keeping the
 * 1-based line and column of each character as it stands in the file.
 */
final class SourceReader {
    private final String text;
    private int index;
    private int splices;
    private int line = 1;
    private int column = 1;

    SourceReader(String text) {
        this.text = text;
        skipSplices();
    }

    /** {@return the current character, or {@code -1} at the end} */
    int peek() {
        return index < text.length() ? text.charAt(index) : -1;
    }

    /** {@return the character after the current one (splices skipped), or {@code -1}} */
    int peek(int ahead) {
        int i = index;
        for (int n = 0; n < ahead; n++) {
            if (i >= text.length()) {
                return -1;
            }
            i = skipSplicesFrom(i + 1);
        }
        return i < text.length() ? text.charAt(i) : -1;
    }

    /** Consumes the current character and returns it. */
    int next() {
        if (index >= text.length()) {
            return -1;
        }
        char c = text.charAt(index++);
        advance(c);
        skipSplices();
        return c;
    }

    /** {@return the offset of the current character in the text} */
    int index() {
        return index;
    }

    /** {@return how many line splices have been skipped so far} */
    int splices() {
        return splices;
    }

    /** {@return the raw text between two offsets} */
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
        return index >= text.length();
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
        while (index < text.length() && text.charAt(index) == '\\') {
            int after = index + 1;
            if (after < text.length() && text.charAt(after) == '\r') {
                after++;
            }
            if (after < text.length() && text.charAt(after) == '\n') {
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
        while (i < text.length() && text.charAt(i) == '\\') {
            int after = i + 1;
            if (after < text.length() && text.charAt(after) == '\r') {
                after++;
            }
            if (after < text.length() && text.charAt(after) == '\n') {
                i = after + 1;
            } else {
                break;
            }
        }
        return i;
    }
}
