package io.jbindgen.naming;

import java.util.List;

/**
 * How functions and variables are bound.
 *
 * @param libraries the libraries the functions class looks symbols up in, in order, before the default
 *     lookup (libc): names such as {@code libz.so.1} or paths
 * @param include function and variable patterns to bind (empty: all); see {@link SymbolPatterns}
 * @param exclude patterns not to bind, applied after {@code include}
 * @param errno patterns of the functions whose {@code errno} is captured: their method throws
 *     {@code ErrnoException} when the call reports failure
 * @param critical patterns of the functions linked as critical ({@code Linker.Option.critical(false)}):
 *     the call skips the JVM's thread-state transitions, for short functions that never block for long
 *     and never call back into Java (an upcall from a critical function ends the JVM)
 */
public record FunctionOptions(List<String> libraries, List<String> include, List<String> exclude,
        List<String> errno, List<String> critical) {
    /** Every function and variable, looked up in libc, without errno capture. */
    public static final FunctionOptions DEFAULT = new FunctionOptions(List.of(), List.of(), List.of(), List.of());

    /** Options without critical functions. */
    public FunctionOptions(List<String> libraries, List<String> include, List<String> exclude, List<String> errno) {
        this(libraries, include, exclude, errno, List.of());
    }

    /**
     * {@return why {@code pattern} cannot be used as a function pattern, or {@code null} when it can}
     *
     * @param pattern a C name, a glob, or {@code header.h:glob}
     */
    public static String patternProblem(String pattern) {
        return SymbolPatterns.problem(pattern);
    }

    public FunctionOptions {
        libraries = List.copyOf(libraries);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        errno = List.copyOf(errno);
        critical = List.copyOf(critical);
    }
}
