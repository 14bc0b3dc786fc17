package io.jbindgen.parse;

import io.jbindgen.target.Target;
import io.jbindgen.diag.Diagnostic;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.diag.Severity;
import io.jbindgen.model.Declaration;
import io.jbindgen.model.MacroDecl;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.preprocess.PreprocessorOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;

/** Runs the whole front end on a real file. */
record FrontEndSupport(TranslationUnit unit, List<Diagnostic> diagnostics) {
    static final List<Path> SYSTEM = List.of(Path.of("/usr/include/x86_64-linux-gnu"), Path.of("/usr/include"));

    static FrontEndSupport run(Path header, Target target, List<Path> includeDirs) {
        Diagnostics d = new Diagnostics();
        TranslationUnit unit = FrontEnd.parse(header, PreprocessorOptions.of(target, includeDirs), d);
        return new FrontEndSupport(unit, d.all());
    }

    List<String> errors() {
        return diagnostics.stream().filter(x -> x.severity() == Severity.ERROR).map(Diagnostic::format).toList();
    }

    /** {@return the main file's declarations as a parse result, for the {@link Parsed} helpers} */
    Parsed main() {
        return new Parsed(unit.mainFileDeclarations(), unit.skipped(), diagnostics);
    }

    MacroDecl macro(String name) {
        return unit.declarations().stream().filter(x -> x instanceof MacroDecl m && m.name().equals(name))
                .map(MacroDecl.class::cast).findFirst().orElseThrow(() -> new NoSuchElementException(name));
    }

    long intMacro(String name) {
        return ((MacroDecl.Integer) macro(name)).value();
    }

    List<String> mainMacroNames() {
        return unit.mainFileDeclarations().stream().filter(x -> x instanceof MacroDecl)
                .map(x -> ((MacroDecl) x).name()).toList();
    }

    List<Declaration> mainDeclarations() {
        return unit.mainFileDeclarations();
    }
}
