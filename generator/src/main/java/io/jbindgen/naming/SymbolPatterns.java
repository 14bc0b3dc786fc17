package io.jbindgen.naming;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Name patterns for functions and variables: a C name ({@code getpid}, as jextract's
 * {@code --include-function}), a glob ({@code pthread_*}, {@code str?cmp}, {@code [pw]read}), or either
 * prefixed with a header file name and a colon ({@code unistd.h:*}: every function declared in a file
 * named {@code unistd.h}).
 */
public final class SymbolPatterns {
    private final List<Matcher> matchers;

    private record Matcher(String file, Pattern name) {
        boolean matches(String cName, String declaredIn) {
            return name.matcher(cName).matches() && (file == null || declaredIn.equals(file)
                    || declaredIn.endsWith("/" + file) || declaredIn.endsWith("\\" + file));
        }
    }

    /** Compiles {@code patterns} (each checked with {@link #problem} first). */
    public SymbolPatterns(List<String> patterns) {
        this.matchers = patterns.stream().map(SymbolPatterns::compile).toList();
    }

    /** {@return whether there is no pattern} */
    public boolean isEmpty() {
        return matchers.isEmpty();
    }

    /** {@return whether a pattern matches the C name {@code cName} declared in the file {@code declaredIn}} */
    public boolean matches(String cName, String declaredIn) {
        return matchers.stream().anyMatch(m -> m.matches(cName, declaredIn));
    }

    /** {@return why {@code pattern} is not a valid pattern, or {@code null}} */
    public static String problem(String pattern) {
        if (pattern.isBlank()) {
            return "empty pattern";
        }
        int colon = pattern.lastIndexOf(':');
        if (colon == pattern.length() - 1) {
            return "'" + pattern + "' names a file but no function (use " + pattern + "*)";
        }
        String name = colon < 0 ? pattern : pattern.substring(colon + 1);
        return name.matches("[A-Za-z0-9_$*?\\[\\]!^-]+") && name.chars().filter(c -> c == '[').count()
                == name.chars().filter(c -> c == ']').count() ? null
                : "'" + pattern + "' is not a C name or glob (letters, digits, _, *, ?, [...])";
    }

    private static Matcher compile(String pattern) {
        int colon = pattern.lastIndexOf(':');
        String file = colon < 0 ? null : pattern.substring(0, colon);
        return new Matcher(file, Pattern.compile(glob(pattern.substring(colon + 1))));
    }

    private static String glob(String glob) {
        StringBuilder re = new StringBuilder();
        boolean inClass = false;
        for (char c : glob.toCharArray()) {
            if (inClass) {
                re.append(c == '!' && re.charAt(re.length() - 1) == '[' ? '^' : c);
                inClass = c != ']';
            } else if (c == '*') {
                re.append(".*");
            } else if (c == '?') {
                re.append('.');
            } else if (c == '[') {
                re.append('[');
                inClass = true;
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return re.toString();
    }
}
