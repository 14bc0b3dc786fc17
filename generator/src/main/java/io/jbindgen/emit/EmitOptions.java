package io.jbindgen.emit;

import io.jbindgen.naming.FunctionOptions;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the emitter needs besides the model.
 *
 * @param javaPackage the package of every generated class (one package per target)
 * @param deprecationPattern a regular expression, matched case-insensitively anywhere in a
 *     constant's comment, that marks the constant {@code @Deprecated}; {@code null} for
 *     {@link #DEFAULT_DEPRECATION_PATTERN}
 * @param functions how functions and variables are bound
 */
public record EmitOptions(String javaPackage, String deprecationPattern, FunctionOptions functions) {
    /**
     * The one default deprecation pattern (the library API's too): comments with the words "no longer
     * used", "obsolete" or "deprecated".
     */
    public static final String DEFAULT_DEPRECATION_PATTERN = "(?i)\\b(no longer used|obsolete|deprecated)\\b";

    /** Fills in the default pattern (the values were checked by the request they come from). */
    public EmitOptions {
        Objects.requireNonNull(javaPackage, "javaPackage");
        if (deprecationPattern == null) {
            deprecationPattern = DEFAULT_DEPRECATION_PATTERN;
        }
        if (functions == null) {
            functions = FunctionOptions.DEFAULT;
        }
    }

    /** Options with the {@linkplain FunctionOptions#DEFAULT default} function binding. */
    public EmitOptions(String javaPackage, String deprecationPattern) {
        this(javaPackage, deprecationPattern, FunctionOptions.DEFAULT);
    }

    /** {@return options for {@code javaPackage} with the default deprecation pattern} */
    public static EmitOptions of(String javaPackage) {
        return new EmitOptions(javaPackage, null);
    }

    /** {@return the deprecation pattern, compiled} */
    public Pattern deprecation() {
        return Pattern.compile(deprecationPattern, Pattern.CASE_INSENSITIVE);
    }
}
