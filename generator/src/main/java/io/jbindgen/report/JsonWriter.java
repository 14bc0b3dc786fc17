package io.jbindgen.report;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A minimal streaming JSON writer: objects, arrays, strings and integers, two-space indentation,
 * and an option to keep small objects on one line. Strings are escaped per RFC 8259. Used by the layout
 * report and the ABI change report.
 */
public final class JsonWriter {
    /** Constructs an empty writer. */
    public JsonWriter() {
    }

    private final StringBuilder out = new StringBuilder();
    /** Per open container: whether it already has an element, and whether it is written inline. */
    private final Deque<boolean[]> open = new ArrayDeque<>();
    private boolean afterName;

    /** Opens an object, on one line when {@code inline}; {@return this writer} */
    public JsonWriter beginObject(boolean inline) {
        return begin('{', inline);
    }

    /** Opens an array, on one line when {@code inline}; {@return this writer} */
    public JsonWriter beginArray(boolean inline) {
        return begin('[', inline);
    }

    /** Closes the innermost object; {@return this writer} */
    public JsonWriter endObject() {
        return end('}');
    }

    /** Closes the innermost array; {@return this writer} */
    public JsonWriter endArray() {
        return end(']');
    }

    /** Writes an object key: one of the schema's own plain ASCII names, written without escaping. */
    public JsonWriter name(String name) {
        separate();
        out.append('"').append(name).append("\": ");
        afterName = true;
        return this;
    }

    /** Writes a string; {@return this writer} */
    public JsonWriter value(String value) {
        separate();
        string(value);
        return this;
    }

    /** Writes a number given as its decimal text (so that unsigned 64-bit values can be written). */
    public JsonWriter number(String decimal) {
        separate();
        out.append(decimal);
        return this;
    }

    /** Writes a value given as its JSON text, such as an inline object another writer wrote; {@return this writer} */
    public JsonWriter json(String text) {
        separate();
        out.append(text);
        return this;
    }

    /** Writes an integer; {@return this writer} */
    public JsonWriter value(long value) {
        return number(Long.toString(value));
    }

    @Override
    public String toString() {
        return out + "\n";
    }

    private JsonWriter begin(char bracket, boolean inline) {
        boolean parentInline = !open.isEmpty() && open.peek()[1];
        separate();
        out.append(bracket);
        open.push(new boolean[] {false, inline || parentInline});
        return this;
    }

    private JsonWriter end(char bracket) {
        boolean[] state = open.pop();
        if (state[0] && !state[1]) {
            newline();
        }
        out.append(bracket);
        return this;
    }

    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (open.isEmpty()) {
            return;
        }
        boolean[] state = open.peek();
        if (state[0]) {
            out.append(state[1] ? ", " : ",");
        }
        state[0] = true;
        if (!state[1]) {
            newline();
        }
    }

    private void newline() {
        out.append('\n');
        for (int i = open.size(); i > 0; i--) {
            out.append("  ");
        }
    }

    private void string(String s) {
        out.append('"');
        if (!needsEscape(s)) {
            out.append(s).append('"');
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean needsEscape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return true;
            }
        }
        return false;
    }
}
