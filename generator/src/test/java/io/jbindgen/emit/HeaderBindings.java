package io.jbindgen.emit;

import io.jbindgen.abi.Layouts;
import io.jbindgen.parse.FrontEnd;
import io.jbindgen.target.Target;
import io.jbindgen.commands.CommandOptions;
import io.jbindgen.commands.CommandPlanner;
import io.jbindgen.commands.CommandSet;
import io.jbindgen.diag.Diagnostic;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.diag.Severity;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.output.GeneratedFile;
import io.jbindgen.preprocess.PreprocessorOptions;
import java.nio.file.Path;
import java.util.List;

/** Runs a real header through the front end, the layout engine and the emitter. */
final class HeaderBindings {
    /** The kernel header directories of this (x86_64) machine. */
    static final List<Path> SYSTEM_INCLUDES = List.of(Path.of("/usr/include/x86_64-linux-gnu"), Path.of("/usr/include"));

    private HeaderBindings() {
    }

    /**
     * The outcome for one header.
     *
     * @param files the generated sources (empty when there were errors)
     * @param errors the error diagnostics, formatted
     */
    record Result(List<GeneratedFile> files, List<String> errors) {
        boolean accepted() {
            return errors.isEmpty();
        }
    }

    static Result generate(Path header, Target target, String javaPackage, List<Path> includeDirs) {
        return generate(header, target, javaPackage, includeDirs, CommandOptions.NONE);
    }

    /** As {@link #generate(Path, Target, String, List)}, with the command classes {@code commands} asks for. */
    static Result generate(Path header, Target target, String javaPackage, List<Path> includeDirs,
            CommandOptions commands) {
        Diagnostics diags = new Diagnostics();
        TranslationUnit unit = FrontEnd.parse(header, PreprocessorOptions.of(target, includeDirs), diags);
        Layouts layouts = Layouts.compute(unit, target, diags);
        EmitOptions options = EmitOptions.of(javaPackage);
        List<CommandSet> sets = CommandPlanner.plan(unit, target, commands, options.deprecation(), diags);
        List<String> errors = diags.all().stream().filter(d -> d.severity() == Severity.ERROR)
                .map(Diagnostic::format).toList();
        if (!errors.isEmpty()) {
            return new Result(List.of(), errors);
        }
        return new Result(JavaEmitter.emit(unit, layouts::record, target, options, sets), List.of());
    }
}
