package io.jbindgen.parse;

import io.jbindgen.lex.Token;
import java.util.List;

/** Decodes C string literals (prefixes and escapes) and concatenates adjacent ones. */
final class StringLiterals {
    private StringLiterals() {
    }

    static String concatenate(List<Token> literals) {
        StringBuilder sb = new StringBuilder();
        for (Token t : literals) {
            String s = t.text();
            int open = s.indexOf('"');
            decode(s.substring(open + 1, s.length() - 1), sb);
        }
        return sb.toString();
    }

    private static void decode(String body, StringBuilder out) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                out.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'v' -> out.append('\u000b');
                case 'x' -> {
                    int j = i + 1;
                    while (j < body.length() && Character.digit(body.charAt(j), 16) >= 0) {
                        j++;
                    }
                    out.append((char) (j > i + 1 ? Integer.parseInt(body.substring(i + 1, Math.min(j, i + 5)), 16) : 'x'));
                    i = j - 1;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int j = i;
                        while (j < body.length() && j < i + 3 && body.charAt(j) >= '0' && body.charAt(j) <= '7') {
                            j++;
                        }
                        out.append((char) Integer.parseInt(body.substring(i, j), 8));
                        i = j - 1;
                    } else {
                        out.append(e);
                    }
                }
            }
        }
    }
}
