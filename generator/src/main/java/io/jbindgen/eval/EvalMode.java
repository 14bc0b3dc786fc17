package io.jbindgen.eval;

/** Which rules a constant expression follows. */
public enum EvalMode {
    /**
     * {@code #if}: every signed type acts as {@code intmax_t}, every unsigned type as
     * {@code uintmax_t}, and identifiers left after macro expansion are {@code 0}.
     */
    PREPROCESSOR,
    /** A C integer constant expression: target widths, identifiers are enum constants. */
    C
}
