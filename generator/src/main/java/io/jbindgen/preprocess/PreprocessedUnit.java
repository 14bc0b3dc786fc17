package io.jbindgen.preprocess;

import io.jbindgen.lex.Token;
import java.util.List;
import java.util.Objects;

/**
 * The result of preprocessing one header.
 *
 * @param mainFile the header's name as given
 * @param tokens the fully expanded tokens, {@link io.jbindgen.lex.TokenKind#EOF} last
 * @param filesRead every file opened, in the order first opened (built-in headers as
 *     {@code <built-in>/name})
 * @param includeMisses every path an include search looked at and found no file at
 * @param macros the macros defined at the end of the translation unit
 */
public record PreprocessedUnit(String mainFile, List<Token> tokens, List<String> filesRead,
        List<String> includeMisses, MacroTable macros) {
    public PreprocessedUnit {
        Objects.requireNonNull(mainFile, "mainFile");
        tokens = List.copyOf(tokens);
        filesRead = List.copyOf(filesRead);
        includeMisses = List.copyOf(includeMisses);
        Objects.requireNonNull(macros, "macros");
    }
}
