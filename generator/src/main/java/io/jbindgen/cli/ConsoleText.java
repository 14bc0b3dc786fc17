package io.jbindgen.cli;

/**
 * Makes text from the input safe to print on a terminal: a header can put any byte into a
 * diagnostic's message (a quoted stray token), and control characters such as ESC must not reach
 * the console as themselves.
 */
final class ConsoleText {

    private ConsoleText() {
    }

    /** {@return {@code text} with C0 and C1 control characters other than tab written as {@code \\xNN}} */
    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f);
            if (control && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                out.append(control ? String.format("\\x%02x", (int) c) : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }
}
