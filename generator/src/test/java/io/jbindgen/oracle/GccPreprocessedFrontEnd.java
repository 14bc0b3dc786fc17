package io.jbindgen.oracle;

import io.jbindgen.abi.Target;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.lex.Lexer;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.parse.HeaderParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * jbindgen's parser and layout engine on gcc's preprocessor output ({@code gcc -E -P}): isolates them
 * from jbindgen's own preprocessor, so that their numbers can be checked on the whole corpus. Every
 * declaration then counts as the main file's (macros are gone).
 */
final class GccPreprocessedFrontEnd {
    private GccPreprocessedFrontEnd() {
    }

    /** {@return the unit, or empty when gcc cannot preprocess the header} */
    static Optional<TranslationUnit> parse(Path header, GccTarget gcc, Diagnostics diags)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(gcc.command());
        cmd.addAll(List.of("-E", "-P", header.toAbsolutePath().toString()));
        ProcessRunner.Result pre = ProcessRunner.run(cmd, Path.of("."));
        if (pre.exitCode() != 0) {
            return Optional.empty();
        }
        String name = header.getFileName() + ".i";
        HeaderParser parser = new HeaderParser(gcc.target(), diags);
        parser.parse(Lexer.tokenize(name, pre.output(), diags));
        return Optional.of(new TranslationUnit(name, parser.declarations(), parser.skipped(), List.of(name)));
    }
}
