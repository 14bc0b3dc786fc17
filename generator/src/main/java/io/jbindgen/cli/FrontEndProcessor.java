package io.jbindgen.cli;

import io.jbindgen.AnalyzedHeader;
import io.jbindgen.FrontEndOptions;
import io.jbindgen.GeneratedFile;
import io.jbindgen.abi.Layouts;
import io.jbindgen.abi.Target;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.emit.EmitOptions;
import io.jbindgen.emit.JavaEmitter;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.preprocess.SourceCache;
import io.jbindgen.report.LayoutReport;
import java.nio.file.Path;
import java.util.List;

/**
 * The production {@link HeaderProcessor}: front end, layout engine, then whatever the options ask
 * for: the JSON and text layout reports, and Java sources (the emitter, and JavaPoet with it, is only
 * loaded when {@code -d} is given). The headers of one run share a cache of lexed files, so an include
 * common to many headers is read once.
 */
final class FrontEndProcessor implements HeaderProcessor {

    private static final Outcome NOTHING = new Outcome(null, null, List.of());

    private final Options options;
    private final FrontEndOptions frontEnd;
    private final SourceCache sources = new SourceCache();

    FrontEndProcessor(Options options) {
        this.options = options;
        this.frontEnd = new FrontEndOptions(options.target(), options.includeDirs(), options.defines(),
                options.undefines());
    }

    @Override
    public Outcome process(Path header, Diagnostics diagnostics) {
        Target target = options.target();
        AnalyzedHeader analyzed = AnalyzedHeader.analyze(header, frontEnd, diagnostics, sources);
        if (diagnostics.hasErrors()) {
            return NOTHING;
        }
        TranslationUnit unit = analyzed.unit();
        Layouts layouts = analyzed.layouts();
        String json = options.layoutJson() == null ? null : LayoutReport.json(unit, layouts, target);
        String text = options.layoutText() ? LayoutReport.text(unit, layouts, target) : null;
        return new Outcome(json, text, options.outputDir() == null ? List.of() : emit(unit, layouts));
    }

    private List<GeneratedFile> emit(TranslationUnit unit, Layouts layouts) {
        return JavaEmitter.emit(unit, layouts::record, options.target(),
                new EmitOptions(options.javaPackage(), options.deprecationPattern()));
    }
}
