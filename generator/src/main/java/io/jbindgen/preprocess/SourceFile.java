package io.jbindgen.preprocess;

import io.jbindgen.diag.Diagnostic;
import io.jbindgen.lex.Token;
import java.nio.file.Path;
import java.util.List;

/**
 * A lexed source file.
 *
 * @param name the name used in positions ({@code /usr/include/linux/types.h}, {@code <built-in>/stddef.h})
 * @param path the file on disk, or {@code null} for a built-in header
 * @param builtinDir for a built-in header, the directory part of its resource name ("" or "linux/")
 * @param tokens the tokens, EOF last
 * @param guard the include-guard macro when the whole file is one {@code #ifndef X … #endif}, else {@code null}
 * @param lexDiagnostics what the lexer reported (replayed when a cached file is used by another run)
 */
record SourceFile(String name, Path path, String builtinDir, List<Token> tokens, String guard,
        List<Diagnostic> lexDiagnostics) {
}
