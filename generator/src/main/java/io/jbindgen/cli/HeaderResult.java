package io.jbindgen.cli;

import io.jbindgen.diag.Diagnostic;
import java.util.List;

/**
 * What the run of one header leaves for the console, in argument order.
 *
 * @param diagnostics every diagnostic of the header
 * @param failed whether the header had errors (its outputs were not written)
 * @param layoutText the pahole-style report to print, or {@code null}
 * @param internalError the description of an unexpected failure (a bug), or {@code null}
 */
record HeaderResult(List<Diagnostic> diagnostics, boolean failed, String layoutText, String internalError) {

    HeaderResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
