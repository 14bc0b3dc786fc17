package io.jbindgen.eval;

/** Looks up an identifier in a C constant expression (an enumeration constant, usually). */
@FunctionalInterface
public interface IdentifierResolver {

    /** A resolver that knows no identifiers. */
    IdentifierResolver NONE = name -> null;

    /** {@return the value of {@code name}, or {@code null} when it is not a known constant} */
    IntValue resolve(String name);
}
