package io.jbindgen.lex;

import java.util.ArrayList;
import java.util.List;

/** Turns the inside of a block comment into plain text: decorations removed, indentation trimmed. */
final class CommentText {
    private CommentText() {
    }

    /** {@return the text of {@code /*body*}{@code /} without leading {@code *} columns and blank edges} */
    static String ofBlock(String body) {
        String[] lines = body.split("\r?\n", -1);
        List<String> out = new ArrayList<>(lines.length);
        for (String line : lines) {
            String s = line.strip();
            if (s.startsWith("*")) {
                s = s.substring(1);
                if (s.startsWith(" ")) {
                    s = s.substring(1);
                }
            }
            out.add(s.stripTrailing());
        }
        while (!out.isEmpty() && out.getFirst().isBlank()) {
            out.removeFirst();
        }
        while (!out.isEmpty() && out.getLast().isBlank()) {
            out.removeLast();
        }
        return String.join("\n", out);
    }
}
