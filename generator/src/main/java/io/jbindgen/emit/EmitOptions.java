package io.jbindgen.emit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the emitter needs besides the model.
 *
 * @param javaPackage the package of every generated class (one package per target)
 * @param deprecationPattern a regular expression, matched case-insensitively anywhere in a
 *     constant's comment, that marks the constant {@code @Deprecated}; {@code null} for
 *     {@link #DEFAULT_DEPRECATION_PATTERN}
 */
public record EmitOptions(String javaPackage, String deprecationPattern) {
    /** Matches comments saying that something is no longer used. */
    public static final String DEFAULT_DEPRECATION_PATTERN = "no longer used|obsolete|deprecated";

    /** Validates the package name and fills in the default pattern. */
    public EmitOptions {
        Objects.requireNonNull(javaPackage, "javaPackage");
        if (!javaPackage.isEmpty() && !javaPackage.matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*")) {
            throw new IllegalArgumentException("not a Java package name: " + javaPackage);
        }
        if (deprecationPattern == null) {
            deprecationPattern = DEFAULT_DEPRECATION_PATTERN;
        }
        Pattern.compile(deprecationPattern);
    }

    /** {@return options for {@code javaPackage} with the default deprecation pattern} */
    public static EmitOptions of(String javaPackage) {
        return new EmitOptions(javaPackage, null);
    }

    Pattern deprecation() {
        return Pattern.compile(deprecationPattern, Pattern.CASE_INSENSITIVE);
    }
}
