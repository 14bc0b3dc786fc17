package io.jbindgen;

import io.jbindgen.diag.Diagnostic;
import io.jbindgen.diag.Severity;
import io.jbindgen.output.GeneratedFile;
import io.jbindgen.select.SelectionPlan;
import java.nio.file.Path;
import java.util.List;

/**
 * What one header produced for one output (target and package) of a {@link GenerationRequest}.
 *
 * @param header the header
 * @param output the target and Java package
 * @param diagnostics every diagnostic of the header, then any output collision with an earlier header
 * @param failed whether the front end reported errors (then there are no files and no reports)
 * @param files the generated sources asked for, without those an earlier header of the run already
 *     generated (with the same content, or with another: then {@code diagnostics} has an
 *     {@code output-collision} error)
 * @param layoutJson the JSON layout report, or {@code null} when not asked for or failed
 * @param layoutText the pahole-style layout report, or {@code null} when not asked for or failed
 * @param filesRead every file the preprocessor read, absolute and normalized (jbindgen's built-in
 *     headers left out)
 * @param includeMisses every path an include search looked at and found no file at
 * @param bug the unexpected failure (a bug in jbindgen) that ended the header, or {@code null}
 * @param plan what the selection-and-naming pass decided (every declaration kept or skipped, with the
 *     reason), or {@code null} when the header failed before it
 */
public record HeaderResult(Path header, GenerationRequest.Output output, List<Diagnostic> diagnostics, boolean failed,
        List<GeneratedFile> files, String layoutJson, String layoutText, List<Path> filesRead,
        List<Path> includeMisses, GeneratorBugException bug, SelectionPlan plan) {

    public HeaderResult {
        diagnostics = List.copyOf(diagnostics);
        files = List.copyOf(files);
        filesRead = List.copyOf(filesRead);
        includeMisses = List.copyOf(includeMisses);
    }

    /** A result without a selection plan. */
    public HeaderResult(Path header, GenerationRequest.Output output, List<Diagnostic> diagnostics, boolean failed,
            List<GeneratedFile> files, String layoutJson, String layoutText, List<Path> filesRead,
            List<Path> includeMisses, GeneratorBugException bug) {
        this(header, output, diagnostics, failed, files, layoutJson, layoutText, filesRead, includeMisses, bug, null);
    }

    /** {@return whether any diagnostic is an error} */
    public boolean hasErrors() {
        for (Diagnostic d : diagnostics) {
            if (d.severity() == Severity.ERROR) {
                return true;
            }
        }
        return false;
    }
}
