package io.jbindgen;

import io.jbindgen.diag.Diagnostic;
import io.jbindgen.diag.Severity;
import io.jbindgen.output.GeneratedFile;
import java.nio.file.Path;
import java.util.List;

/**
 * What a generation run produced.
 *
 * @param files the generated sources, sorted by path; empty when any header had errors
 * @param diagnostics every diagnostic of every header, in order
 * @param filesRead every file the preprocessor read (headers and their transitive includes), sorted
 * @param includeMisses every path an include search looked at and found no file at, sorted: a file
 *     that appears at one of them (say, in an earlier include directory) changes what is included
 */
public record GenerationResult(List<GeneratedFile> files, List<Diagnostic> diagnostics, List<Path> filesRead,
        List<Path> includeMisses) {

    public GenerationResult {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
        filesRead = List.copyOf(filesRead);
        includeMisses = List.copyOf(includeMisses);
    }

    /** A result whose include searches missed nowhere. */
    public GenerationResult(List<GeneratedFile> files, List<Diagnostic> diagnostics, List<Path> filesRead) {
        this(files, diagnostics, filesRead, List.of());
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
