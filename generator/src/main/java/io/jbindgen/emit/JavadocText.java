package io.jbindgen.emit;

import io.jbindgen.model.Comment;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Makes header text safe inside a Javadoc comment: nothing in it can end the comment, start a
 * block tag, open HTML, or form a unicode escape (which the Java compiler decodes before it sees
 * comments).
 */
final class JavadocText {
    private JavadocText() {
    }

    /** {@return {@code text} escaped for Javadoc, lines kept} */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
                case '*' -> out.append(i + 1 < text.length() && text.charAt(i + 1) == '/' ? "&#42;" : "*");
                case '{', '}' -> out.append(c == '{' ? "&#123;" : "&#125;");
                case '\n' -> out.append('\n');
                default -> out.append(c < 0x20 || c == 0x7f || Character.isSurrogate(c) && !validPair(text, i)
                        ? ' ' : c);
            }
        }
        return out.toString().strip();
    }

    private static boolean validPair(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /**
     * A literate-documentation marker at the start of a kernel comment ({@code /*D:010}, {@code /*L:100}
     * in lguest's sources): where the comment belongs in the extracted documentation, not text.
     */
    private static final Pattern DOC_MARKER = Pattern.compile("^[A-Z]:[0-9]{3}\\b\\s*");

    /** {@return the escaped comment text, without a leading documentation marker, and a blank line; or ""} */
    static String paragraph(Optional<Comment> comment) {
        return comment.map(c -> escape(DOC_MARKER.matcher(c.text()).replaceFirst(""))).filter(s -> !s.isEmpty())
                .map(s -> s + "\n\n").orElse("");
    }

    /** {@return {@code code} in a code element, escaped} */
    static String code(String code) {
        return "<code>" + escape(code) + "</code>";
    }
}
