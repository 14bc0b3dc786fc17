package io.jbindgen.eval;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.lex.Token;
import io.jbindgen.model.ScalarKind;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads integer and character constants and gives them their C type: C11 6.4.4.1 (decimal constants
 * try signed types only, hexadecimal, octal and binary ones also the unsigned ones) and 6.4.4.4.
 */
final class IntegerLiterals {
    private static final List<ScalarKind> DECIMAL = List.of(ScalarKind.INT, ScalarKind.LONG, ScalarKind.LONG_LONG);
    private static final List<ScalarKind> OTHER_BASE = List.of(ScalarKind.INT, ScalarKind.UNSIGNED_INT,
            ScalarKind.LONG, ScalarKind.UNSIGNED_LONG, ScalarKind.LONG_LONG, ScalarKind.UNSIGNED_LONG_LONG);

    private final IntegerTypes types;
    private final Diagnostics diagnostics;

    IntegerLiterals(IntegerTypes types, Diagnostics diagnostics) {
        this.types = types;
        this.diagnostics = diagnostics;
    }

    /** {@return the value of an integer constant token, or {@code null} after reporting why it is not one} */
    IntValue number(Token token) {
        String text = token.text();
        int base = 10;
        int i = 0;
        if (text.length() > 1 && text.charAt(0) == '0') {
            char x = Character.toLowerCase(text.charAt(1));
            if (x == 'x') {
                base = 16;
                i = 2;
            } else if (x == 'b') {
                base = 2;
                i = 2;
            } else {
                base = 8;
                i = 1;
            }
        }
        int digitsStart = i;
        long value = 0;
        boolean overflow = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                continue;
            }
            int d = digit(c, base == 8 ? 10 : base);
            if (d < 0) {
                break;
            }
            if (d >= base) {
                return fail(token, "invalid-number", "invalid digit \"%c\" in octal constant", c);
            }
            // below 2^58, value * base + d cannot pass 2^64 (base <= 16): skip the division
            if ((value >>> 58) != 0 && Long.compareUnsigned(value, Long.divideUnsigned(-1L - d, base)) > 0) {
                overflow = true;
            }
            value = value * base + d;
        }
        String suffix = text.substring(i);
        if (i == digitsStart && base != 8) {
            return fail(token, "invalid-number", "invalid integer constant \"%s\"", text);
        }
        if (isFloating(text, base, suffix)) {
            return fail(token, "floating-constant", "floating constant \"%s\" in an integer constant expression", text);
        }
        Suffix s = Suffix.parse(suffix);
        if (s == null) {
            return fail(token, "invalid-number", "invalid suffix \"%s\" on integer constant", suffix);
        }
        if (overflow) {
            return fail(token, "integer-too-large", "integer constant \"%s\" is too large for its type", text);
        }
        return typed(token, value, base == 10, s);
    }

    /** {@return {@link Character#digit(char, int)}, with the ASCII digits and letters answered directly} */
    private static int digit(char c, int radix) {
        int d;
        if (c >= '0' && c <= '9') {
            d = c - '0';
        } else if (c >= 'a' && c <= 'z') {
            d = c - 'a' + 10;
        } else if (c >= 'A' && c <= 'Z') {
            d = c - 'A' + 10;
        } else {
            return c < 0x80 ? -1 : Character.digit(c, radix);
        }
        return d < radix ? d : -1;
    }

    private static boolean isFloating(String text, int base, String suffix) {
        if (text.indexOf('.') >= 0) {
            return true;
        }
        if (base == 16) {
            return text.indexOf('p') >= 0 || text.indexOf('P') >= 0;
        }
        return suffix.startsWith("e") || suffix.startsWith("E") || suffix.equalsIgnoreCase("f");
    }

    private IntValue typed(Token token, long value, boolean decimal, Suffix s) {
        List<ScalarKind> candidates = decimal && !s.unsigned ? DECIMAL : OTHER_BASE;
        for (ScalarKind k : candidates) {
            if (IntegerTypes.rank(k) < s.minRank || (s.unsigned && types.isSigned(k))) {
                continue;
            }
            if (types.fits(value, false, k)) {
                return new IntValue(value, k);
            }
        }
        diagnostics.warning(token.reportPosition(), "integer-so-large-unsigned",
                "integer constant \"%s\" is so large that it is unsigned", token.text());
        return new IntValue(value, ScalarKind.UNSIGNED_LONG_LONG);
    }

    /** {@return the value of a character constant token, or {@code null} after reporting why it is not one} */
    IntValue character(Token token) {
        String text = token.text();
        int quote = text.indexOf('\'');
        String prefix = text.substring(0, quote);
        int end = text.lastIndexOf('\'');
        if (end <= quote) {
            return fail(token, "invalid-char", "invalid character constant %s", text);
        }
        byte[] bytes = decode(token, text.substring(quote + 1, end), !prefix.isEmpty());
        if (bytes == null) {
            return null;
        }
        if (bytes.length == 0) {
            return fail(token, "empty-char", "empty character constant");
        }
        return switch (prefix) {
            case "" -> plainChar(token, bytes);
            case "L" -> types.convert(wide(bytes), types.wcharType());
            case "u" -> types.convert(wide(bytes), ScalarKind.UNSIGNED_SHORT);
            case "U" -> types.convert(wide(bytes), ScalarKind.UNSIGNED_INT);
            default -> types.convert(bytes[0] & 0xff, ScalarKind.UNSIGNED_CHAR);
        };
    }

    private IntValue plainChar(Token token, byte[] bytes) {
        if (bytes.length == 1) {
            long c = types.convert(bytes[0], ScalarKind.CHAR).bits();
            return new IntValue(c, ScalarKind.INT);
        }
        diagnostics.warning(token.reportPosition(), "multichar", "multi-character character constant");
        long v = 0;
        for (byte b : bytes) {
            v = (v << 8) | (b & 0xff);
        }
        return types.convert(v, ScalarKind.INT);
    }

    /** Wide constants hold code points; this decodes the UTF-8 bytes back to the (last) code point. */
    private static long wide(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.isEmpty() ? 0 : s.codePointBefore(s.length());
    }

    private byte[] decode(Token token, String body, boolean wide) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i++);
            if (c != '\\') {
                byte[] enc = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(enc, 0, enc.length);
                continue;
            }
            if (i >= body.length()) {
                fail(token, "invalid-escape", "incomplete escape sequence");
                return null;
            }
            char e = body.charAt(i++);
            long v;
            if (e >= '0' && e <= '7') {
                v = e - '0';
                for (int n = 1; n < 3 && i < body.length() && body.charAt(i) >= '0' && body.charAt(i) <= '7'; n++) {
                    v = v * 8 + (body.charAt(i++) - '0');
                }
            } else if (e == 'x') {
                int start = i;
                v = 0;
                while (i < body.length() && Character.digit(body.charAt(i), 16) >= 0) {
                    v = v * 16 + Character.digit(body.charAt(i++), 16);
                }
                if (i == start) {
                    fail(token, "invalid-escape", "\\x used with no following hex digits");
                    return null;
                }
            } else {
                v = simpleEscape(e);
                if (v < 0) {
                    diagnostics.warning(token.reportPosition(), "unknown-escape", "unknown escape sequence '\\%c'", e);
                    v = e;
                }
            }
            if (wide) {
                byte[] enc = new String(Character.toChars((int) Math.min(v, Character.MAX_CODE_POINT)))
                        .getBytes(StandardCharsets.UTF_8);
                out.write(enc, 0, enc.length);
            } else {
                out.write((int) v);
            }
        }
        return out.toByteArray();
    }

    /** {@return {@code sizeof} of a string literal token: its encoded length plus the terminator} */
    long stringSize(Token token) {
        String text = token.text();
        int quote = text.indexOf('"');
        String prefix = text.substring(0, Math.max(quote, 0));
        int end = text.lastIndexOf('"');
        if (quote < 0 || end <= quote) {
            return 1;
        }
        byte[] bytes = decode(token, text.substring(quote + 1, end), !prefix.isEmpty() && !prefix.equals("u8"));
        if (bytes == null) {
            return -1;
        }
        if (prefix.isEmpty() || prefix.equals("u8")) {
            return bytes.length + 1L;
        }
        long units = new String(bytes, StandardCharsets.UTF_8).codePoints().count() + 1;
        return units * switch (prefix) {
            case "u" -> 2;
            case "U" -> 4;
            default -> types.width(types.wcharType()) / 8;
        };
    }

    private static int simpleEscape(char e) {
        return switch (e) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'a' -> 7;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'v' -> 11;
            case 'e', 'E' -> 27;
            case '\\', '\'', '"', '?' -> e;
            default -> -1;
        };
    }

    private IntValue fail(Token token, String code, String format, Object... args) {
        diagnostics.error(token.reportPosition(), code, format, args);
        return null;
    }

    /** An integer suffix: {@code u}, {@code l}, {@code ll} in either order and case (but {@code lL} is not one). */
    private record Suffix(boolean unsigned, int minRank) {
        static Suffix parse(String s) {
            String rest = s;
            boolean unsigned = false;
            if (rest.startsWith("u") || rest.startsWith("U")) {
                unsigned = true;
                rest = rest.substring(1);
            }
            int rank = IntegerTypes.rank(ScalarKind.INT);
            if (rest.startsWith("ll") || rest.startsWith("LL")) {
                rank = IntegerTypes.rank(ScalarKind.LONG_LONG);
                rest = rest.substring(2);
            } else if (rest.startsWith("l") || rest.startsWith("L")) {
                rank = IntegerTypes.rank(ScalarKind.LONG);
                rest = rest.substring(1);
            }
            if (!unsigned && (rest.equals("u") || rest.equals("U"))) {
                unsigned = true;
                rest = "";
            }
            return rest.isEmpty() ? new Suffix(unsigned, rank) : null;
        }
    }
}
