package io.jbindgen.parse;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.lex.Token;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.preprocess.MacroDefinition;
import io.jbindgen.preprocess.MacroTable;
import io.jbindgen.preprocess.PreprocessedUnit;
import io.jbindgen.preprocess.Preprocessor;
import io.jbindgen.preprocess.PreprocessorOptions;
import io.jbindgen.preprocess.SourceCache;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole front end for one header: preprocess, parse the declarations, then compute the values
 * of the object-like macros defined in the files read. Problems are diagnostics, never exceptions.
 * A pass, not library API: library callers go through {@code io.jbindgen.Generator}.
 */
public final class FrontEnd {
    private FrontEnd() {
    }

    /** {@return the translation unit of {@code header}} */
    public static TranslationUnit parse(Path header, PreprocessorOptions options, Diagnostics diagnostics) {
        return parse(header, options, diagnostics, new SourceCache());
    }

    /**
     * {@return the translation unit of {@code header}, reading files through {@code cache}} (share one
     * cache between the headers of a tree so that each file is read once)
     */
    public static TranslationUnit parse(Path header, PreprocessorOptions options, Diagnostics diagnostics,
            SourceCache cache) {
        return parse(header, options, diagnostics, cache, true);
    }

    /** Parses with ioctl templates on or off (off only to check that they change nothing). */
    public static TranslationUnit parse(Path header, PreprocessorOptions options, Diagnostics diagnostics, SourceCache cache,
            boolean ioctlTemplates) {
        PreprocessedUnit unit = new Preprocessor(options, diagnostics, cache).run(header);
        HeaderParser parser = new HeaderParser(options.target(), diagnostics);
        parser.parse(unit.tokens());
        List<MacroSource> sources = new ArrayList<>();
        for (MacroDefinition m : unit.macros().all()) {
            if (!m.position().file().startsWith("<")) {
                sources.add(source(m));
            }
        }
        MacroValues.Result macros = new MacroValues(parser.environment(), expansion(unit.macros()), ioctlTemplates)
                .compute(sources);
        return parser.toUnit(unit.mainFile(), macros, unit.filesRead(), unit.includeMisses());
    }

    private static MacroSource source(MacroDefinition m) {
        return new MacroSource(m.name(), m.isFunctionLike(), m.body(), m.position(), m.doc());
    }

    private static MacroExpansion expansion(MacroTable table) {
        return new MacroExpansion() {
            @Override
            public List<Token> expand(List<Token> tokens, Diagnostics diagnostics) {
                return table.expand(tokens, diagnostics);
            }

            @Override
            public List<Token> body(String name) {
                MacroDefinition m = table.get(name);
                return m == null ? null : m.body();
            }

            @Override
            public List<Token> objectLikeBody(String name) {
                MacroDefinition m = table.get(name);
                return m == null || m.isFunctionLike() ? null : m.body();
            }
        };
    }
}
