package io.jbindgen.abidiff;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader (RFC 8259) for layout baselines: objects become {@link Map}s in key
 * order, arrays {@link List}s, integers {@link BigInteger}s, other numbers {@link Double}s.
 */
final class JsonValues {
    private final String text;
    private int pos;

    private JsonValues(String text) {
        this.text = text;
    }

    /** Thrown for text that is not JSON, with where it stops being JSON. */
    static final class SyntaxException extends Exception {
        SyntaxException(String message) {
            super(message);
        }
    }

    /** {@return the value {@code text} holds} */
    static Object parse(String text) throws SyntaxException {
        JsonValues p = new JsonValues(text);
        p.space();
        Object v = p.value(0);
        p.space();
        if (p.pos < text.length()) {
            throw p.error("unexpected text after the JSON value");
        }
        return v;
    }

    private Object value(int depth) throws SyntaxException {
        if (depth > 200) {
            throw error("nesting deeper than 200");
        }
        if (pos >= text.length()) {
            throw error("unexpected end of input");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> word("true", Boolean.TRUE);
            case 'f' -> word("false", Boolean.FALSE);
            case 'n' -> word("null", null);
            default -> {
                if (c == '-' || c >= '0' && c <= '9') {
                    yield number();
                }
                throw error("unexpected character '" + c + "'");
            }
        };
    }

    private Map<String, Object> object(int depth) throws SyntaxException {
        Map<String, Object> out = new LinkedHashMap<>();
        pos++;
        space();
        if (peek('}')) {
            pos++;
            return out;
        }
        while (true) {
            space();
            if (!peek('"')) {
                throw error("expected a member name in double quotes");
            }
            String name = string();
            space();
            expect(':');
            space();
            out.put(name, value(depth + 1));
            space();
            if (peek(',')) {
                pos++;
            } else {
                expect('}');
                return out;
            }
        }
    }

    private List<Object> array(int depth) throws SyntaxException {
        List<Object> out = new ArrayList<>();
        pos++;
        space();
        if (peek(']')) {
            pos++;
            return out;
        }
        while (true) {
            space();
            out.add(value(depth + 1));
            space();
            if (peek(',')) {
                pos++;
            } else {
                expect(']');
                return out;
            }
        }
    }

    private String string() throws SyntaxException {
        StringBuilder sb = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                throw error("control character in a string");
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw error("short \\u escape");
                    }
                    try {
                        sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException x) {
                        throw error("bad \\u escape");
                    }
                    pos += 4;
                }
                default -> throw error("bad escape \\" + e);
            }
        }
    }

    private Object number() throws SyntaxException {
        int start = pos;
        if (peek('-')) {
            pos++;
        }
        int digits = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos == digits || text.charAt(digits) == '0' && pos - digits > 1) {
            throw error("malformed number");
        }
        boolean integer = true;
        if (peek('.')) {
            integer = false;
            pos++;
            skipDigits();
        }
        if (peek('e') || peek('E')) {
            integer = false;
            pos++;
            if (peek('+') || peek('-')) {
                pos++;
            }
            skipDigits();
        }
        String s = text.substring(start, pos);
        return integer ? new BigInteger(s) : Double.valueOf(s);
    }

    private void skipDigits() throws SyntaxException {
        int from = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos == from) {
            throw error("malformed number");
        }
    }

    private Object word(String word, Object value) throws SyntaxException {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected character '" + text.charAt(pos) + "'");
        }
        pos += word.length();
        return value;
    }

    private void expect(char c) throws SyntaxException {
        if (!peek(c)) {
            throw error(pos >= text.length() ? "unexpected end of input, expected '" + c + "'"
                    : "expected '" + c + "' but found '" + text.charAt(pos) + "'");
        }
        pos++;
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void space() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private SyntaxException error(String what) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new SyntaxException(line + ":" + col + ": " + what);
    }
}
