package io.jbindgen.maven;

import io.jbindgen.diag.Diagnostic;
import io.jbindgen.diag.Severity;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Turns a failed run's diagnostics into log lines and a {@link MojoFailureException} whose message
 * lists every one of them compiler style ({@code file:line:col: error: message [code]}).
 */
final class DiagnosticReport {

    private DiagnosticReport() {
    }

    /** Logs every diagnostic and {@return the exception that ends the build} */
    static MojoFailureException failure(List<Diagnostic> diagnostics, boolean warningsAreErrors, Log log) {
        for (Diagnostic d : diagnostics) {
            switch (d.severity()) {
                case ERROR -> log.error(d.format());
                case WARNING -> {
                    if (warningsAreErrors) {
                        log.error(d.format());
                    } else {
                        log.warn(d.format());
                    }
                }
                case NOTE -> log.info(d.format());
            }
        }
        List<Diagnostic> fatal = diagnostics.stream()
                .filter(d -> d.severity() == Severity.ERROR || (warningsAreErrors && d.severity() == Severity.WARNING))
                .toList();
        String kind = fatal.stream().anyMatch(d -> d.severity() == Severity.ERROR) ? "error" : "warning";
        String summary = "jbindgen: " + fatal.size() + " " + kind + (fatal.size() == 1 ? "" : "s")
                + " in the headers" + (fatal.isEmpty() ? "" : ", first at " + fatal.getFirst().position());
        String details = diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
        return new MojoFailureException(summary + "\n" + details);
    }
}
