package io.jbindgen.naming;

import java.util.Locale;
import java.util.Set;

/** Turns C identifiers into Java identifiers: camel case, upper snake case, keyword escaping. */
public final class JavaNames {
    private static final Set<String> RESERVED = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "true", "false", "null", "_", "var", "yield", "record", "sealed",
            "permits", "when", "exports", "module", "open", "opens", "provides", "requires", "to",
            "transitive", "uses", "with");

    private JavaNames() {
    }

    /** {@return {@code name} with a trailing {@code _} when it is a Java keyword or restricted identifier} */
    public static String escape(String name) {
        return RESERVED.contains(name) ? name + "_" : name;
    }

    /** {@return {@code num_vq} as {@code numVq}, escaped; {@code fallback} when nothing is left} */
    public static String lowerCamel(String cName, String fallback) {
        String upper = upperCamel(cName, "");
        if (upper.isEmpty()) {
            return fallback;
        }
        return escape(Character.toLowerCase(upper.charAt(0)) + upper.substring(1));
    }

    /** {@return {@code lguest_device_desc} as {@code LguestDeviceDesc}; {@code fallback} when nothing is left} */
    public static String upperCamel(String cName, String fallback) {
        StringBuilder out = new StringBuilder();
        for (String part : cName.split("_")) {
            if (part.isEmpty()) {
                continue;
            }
            String p = part.equals(part.toUpperCase(Locale.ROOT)) ? part.toLowerCase(Locale.ROOT) : part;
            out.append(Character.toUpperCase(p.charAt(0))).append(p, 1, p.length());
        }
        if (out.isEmpty()) {
            return fallback;
        }
        if (Character.isDigit(out.charAt(0))) {
            out.insert(0, '_');
        }
        return out.toString();
    }

    /** {@return {@code numVq} as {@code NUM_VQ}} */
    public static String upperSnake(String javaName) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(javaName.charAt(i - 1))
                    && javaName.charAt(i - 1) != '_') {
                out.append('_');
            }
            out.append(Character.toUpperCase(c));
        }
        return out.toString();
    }

    /** {@return a C identifier that may be used as a Java identifier unchanged, escaped if needed} */
    public static String constant(String cName) {
        return escape(cName);
    }
}
