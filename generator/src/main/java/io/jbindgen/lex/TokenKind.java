package io.jbindgen.lex;

/** The preprocessing-token categories of C. */
public enum TokenKind {
    /** An identifier or keyword. */
    IDENTIFIER,
    /** A preprocessing number ({@code 0x10UL}, {@code 1e5}, {@code 08} are all one token). */
    NUMBER,
    /** A character constant, prefixes included ({@code 'a'}, {@code L'x'}). */
    CHARACTER,
    /** A string literal, prefixes included. */
    STRING,
    /** An operator or punctuator ({@code ->}, {@code ##}, {@code ...}). */
    PUNCTUATOR,
    /** Any other single character (a stray {@code @} or {@code `}); an error if it reaches the parser. */
    OTHER,
    /** End of input. */
    EOF
}
