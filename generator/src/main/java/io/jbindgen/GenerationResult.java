package io.jbindgen;

import io.jbindgen.diag.Diagnostic;
import io.jbindgen.diag.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * What a generation run produced.
 *
 * @param files the generated sources, sorted by path; empty when any header had errors
 * @param diagnostics every diagnostic of every header, in order
 * @param filesRead every file the preprocessor read (headers and their transitive includes), sorted
 */
public record GenerationResult(List<GeneratedFile> files, List<Diagnostic> diagnostics, List<Path> filesRead) {

    public GenerationResult {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
        filesRead = List.copyOf(filesRead);
    }

    /** {@return whether any diagnostic is an error} */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** {@return whether any diagnostic is a warning} */
    public boolean hasWarnings() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.WARNING);
    }
}
