package io.jbindgen.cli;

import io.jbindgen.GeneratedFile;
import io.jbindgen.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * What the run of one header leaves for the console, in argument order.
 *
 * @param header the header
 * @param diagnostics every diagnostic of the header
 * @param failed whether the header had errors (its outputs were not written)
 * @param layoutText what to print on standard output (the pahole-style report, the JSON report for
 *     {@code --layout-json -}), or {@code null}
 * @param files the Java sources to write (written in argument order, so that a clash between two
 *     headers is reported the same way every time)
 * @param internalError the description of an unexpected failure (a bug), or {@code null}
 */
record HeaderResult(Path header, List<Diagnostic> diagnostics, boolean failed, String layoutText, List<GeneratedFile> files,
        String internalError) {

    HeaderResult {
        diagnostics = List.copyOf(diagnostics);
        files = List.copyOf(files);
    }

    /** {@return the result of a header that failed (or crashed, when {@code internalError} is set)} */
    static HeaderResult failed(Path header, List<Diagnostic> diagnostics, String internalError) {
        return new HeaderResult(header, diagnostics, true, null, List.of(), internalError);
    }
}
