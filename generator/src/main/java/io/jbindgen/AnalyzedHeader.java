package io.jbindgen;

import io.jbindgen.abi.Layouts;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.preprocess.SourceCache;
import java.nio.file.Path;

/**
 * A header that went through the front end and the layout engine without errors: what both the layout
 * reports and the Java emitter start from.
 *
 * @param unit the header's translation unit
 * @param layouts its layouts on the target, or {@code null} when the front end reported errors
 */
public record AnalyzedHeader(TranslationUnit unit, Layouts layouts) {

    /**
     * Parses {@code header} and, when that reported no error, lays out its records on the options' target.
     * Callers check {@code diagnostics.hasErrors()} before using {@link #layouts()}.
     *
     * @param header the header
     * @param options target, include directories and macros
     * @param diagnostics where every problem goes
     * @param sources the lexed-file cache shared by the headers of one run
     * @return the translation unit, with its layouts, or with {@code null} layouts when the front end
     *     reported errors
     */
    public static AnalyzedHeader analyze(Path header, FrontEndOptions options, Diagnostics diagnostics,
            SourceCache sources) {
        TranslationUnit unit = FrontEnd.parse(header, options, diagnostics, sources);
        if (diagnostics.hasErrors()) {
            return new AnalyzedHeader(unit, null);
        }
        return new AnalyzedHeader(unit, Layouts.compute(unit, options.target(), diagnostics));
    }
}
