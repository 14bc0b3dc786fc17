package io.jbindgen.naming;

import java.util.List;

/**
 * How functions and variables are bound, and which macros of included files join a header's constants.
 *
 * @param libraries the libraries the functions class looks symbols up in, in order, before the default
 *     lookup (libc): names such as {@code libz.so.1} or paths
 * @param include function and variable patterns to bind (empty: all); see {@link SymbolPatterns}
 * @param exclude patterns not to bind, applied after {@code include}
 * @param errno patterns of the functions whose {@code errno} is captured: their method throws
 *     {@code ErrnoException} when the call reports failure
 * @param constants patterns of macros defined in files the header includes (a header's own macros are
 *     always generated) that its constants class also gets, such as {@code E*} for {@code <errno.h>},
 *     whose values live in {@code asm-generic/errno*.h}; same syntax as {@code include}, the file being
 *     where the macro is defined ({@code bits/mman-linux.h:MAP_*})
 */
public record FunctionOptions(List<String> libraries, List<String> include, List<String> exclude,
        List<String> errno, List<String> constants) {
    /** Every function and variable, looked up in libc, without errno capture; only the header's own macros. */
    public static final FunctionOptions DEFAULT = new FunctionOptions(List.of(), List.of(), List.of(), List.of());

    /** Options without macros of included files. */
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
        constants = List.copyOf(constants);
    }
}
