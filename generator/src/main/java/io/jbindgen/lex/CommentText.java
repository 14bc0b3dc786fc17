package io.jbindgen.lex;

import java.util.ArrayList;
import java.util.List;

/** Turns the inside of a block comment into plain text: decorations removed, indentation trimmed. */
final class CommentText {
    private CommentText() {
    }

    /** {@return the text of {@code /*body*}{@code /} without leading {@code *} columns and blank edges} */
    static String ofBlock(String body) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int newline = body.indexOf('\n', from);
            int end = newline < 0 ? body.length() : newline;
            if (newline > from && body.charAt(newline - 1) == '\r') {
                end--;
            }
            out.add(stripped(body.substring(from, end)));
            if (newline < 0) {
                break;
            }
            from = newline + 1;
        }
        while (!out.isEmpty() && out.getFirst().isBlank()) {
            out.removeFirst();
        }
        while (!out.isEmpty() && out.getLast().isBlank()) {
            out.removeLast();
        }
        return String.join("\n", out);
    }

    /** {@return one comment line without surrounding blanks and without a leading {@code *} column} */
    private static String stripped(String line) {
        String s = line.strip();
        if (s.startsWith("*")) {
            s = s.substring(1);
            if (s.startsWith(" ")) {
                s = s.substring(1);
            }
        }
        return s.stripTrailing();
    }
}
