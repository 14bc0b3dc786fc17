package io.jbindgen;

import io.jbindgen.abi.Layouts;
import io.jbindgen.parse.FrontEnd;
import io.jbindgen.target.Target;
import io.jbindgen.commands.CommandPlanner;
import io.jbindgen.commands.CommandSet;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.emit.EmitOptions;
import io.jbindgen.emit.JavaEmitter;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.output.GeneratedFile;
import io.jbindgen.preprocess.PreprocessorOptions;
import io.jbindgen.preprocess.SourceCache;
import io.jbindgen.report.LayoutReport;
import io.jbindgen.select.SelectionPlan;
import io.jbindgen.select.SelectionPolicy;
import io.jbindgen.select.Selector;
import java.nio.file.Path;
import java.util.List;

/**
 * The production {@link HeaderPipeline}: front end, layout engine, then what the request asks for:
 * the layout reports and the Java emitter (the emitter, and JavaPoet with it, is only loaded when Java
 * is asked for). One instance serves one generation run, whose headers share a cache of lexed files,
 * so an include common to many headers is read once.
 */
final class FrontEndPipeline implements HeaderPipeline {

    private final SourceCache sources = new SourceCache();
    /** The selection policy of the run's request, made once: it normalizes every header path of the run. */
    private volatile Policy policy;

    private record Policy(GenerationRequest request, SelectionPolicy selection) {
    }

    private SelectionPolicy policy(GenerationRequest request) {
        Policy made = policy;
        if (made == null || made.request() != request) {
            made = new Policy(request, request.selectionPolicy());
            policy = made;
        }
        return made.selection();
    }

    @Override
    public Produced run(Path header, GenerationRequest request, GenerationRequest.Output output,
            Diagnostics diagnostics) {
        Target target = output.target();
        PreprocessorOptions options = new PreprocessorOptions(target, request.includeDirs(), request.defines(),
                request.undefines()); // the one re-packing of a request's values on their way down
        TranslationUnit unit = FrontEnd.parse(header, options, diagnostics, sources);
        if (diagnostics.hasErrors()) {
            return new Produced(List.of(), null, null, unit.filesRead(), unit.includeMisses());
        }
        Layouts layouts = Layouts.compute(unit, target, diagnostics);
        if (diagnostics.hasErrors()) {
            return new Produced(List.of(), null, null, unit.filesRead(), unit.includeMisses());
        }
        List<CommandSet> commands = List.of();
        if (request.wants(GenerationRequest.Product.JAVA)) {
            commands = commands(unit, output, request, diagnostics);
            if (diagnostics.hasErrors()) {
                return new Produced(List.of(), null, null, unit.filesRead(), unit.includeMisses());
            }
        }
        SelectionPlan plan = request.wants(GenerationRequest.Product.JAVA)
                || request.wants(GenerationRequest.Product.SELECTION)
                ? JavaEmitter.planFunctions(unit, layouts::record, target, Selector.plan(unit,
                        key -> layouts.record(key).isPresent(), output.javaPackage(), commands, policy(request)),
                        policy(request))
                : Selector.planTypes(unit, key -> layouts.record(key).isPresent(), policy(request));
        String json = request.wants(GenerationRequest.Product.LAYOUT_JSON)
                ? LayoutReport.json(unit, layouts, target, plan) : null;
        String text = request.wants(GenerationRequest.Product.LAYOUT_TEXT)
                ? LayoutReport.text(unit, layouts, target, plan) : null;
        List<GeneratedFile> files = request.wants(GenerationRequest.Product.JAVA)
                ? java(unit, layouts, output, request, plan) : List.of();
        return new Produced(files, json, text, unit.filesRead(), unit.includeMisses(), plan);
    }

    /** The typed commands of the request enums (the emitter's options, and JavaPoet, load only with Java). */
    private static List<CommandSet> commands(TranslationUnit unit, GenerationRequest.Output output,
            GenerationRequest request, Diagnostics diagnostics) {
        return CommandPlanner.plan(unit, output.target(), request.commands(), emitOptions(output, request).deprecation(),
                diagnostics);
    }

    private static List<GeneratedFile> java(TranslationUnit unit, Layouts layouts, GenerationRequest.Output output,
            GenerationRequest request, SelectionPlan plan) {
        return JavaEmitter.emit(unit, layouts::record, output.target(), emitOptions(output, request), plan);
    }

    private static EmitOptions emitOptions(GenerationRequest.Output output, GenerationRequest request) {
        return new EmitOptions(output.javaPackage(), request.deprecationPattern(), request.functions());
    }
}
