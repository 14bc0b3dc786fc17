package io.jbindgen;

import io.jbindgen.abi.Target;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.emit.EmitOptions;
import io.jbindgen.emit.JavaEmitter;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.preprocess.SourceCache;
import java.nio.file.Path;
import java.util.List;

/**
 * The production {@link HeaderPipeline}: front end, layout engine, Java emitter. One instance serves
 * one generation run, whose headers share a cache of lexed files.
 */
final class FrontEndPipeline implements HeaderPipeline {

    private final SourceCache sources = new SourceCache();

    @Override
    public Output run(Path header, GenerationRequest request, Target target, String javaPackage,
            Diagnostics diagnostics) {
        FrontEndOptions options = new FrontEndOptions(target, request.includeDirs(), request.defines(),
                request.undefines());
        AnalyzedHeader analyzed = AnalyzedHeader.analyze(header, options, diagnostics, sources);
        TranslationUnit unit = analyzed.unit();
        if (diagnostics.hasErrors()) {
            return new Output(List.of(), unit.filesRead(), unit.includeMisses());
        }
        List<GeneratedFile> files = JavaEmitter.emit(unit, analyzed.layouts()::record, target,
                new EmitOptions(javaPackage, request.deprecationPattern()));
        return new Output(files, unit.filesRead(), unit.includeMisses());
    }
}
