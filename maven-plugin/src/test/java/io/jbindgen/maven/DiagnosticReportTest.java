package io.jbindgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.diag.Diagnostic;
import io.jbindgen.diag.Severity;
import io.jbindgen.model.Position;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.Test;

class DiagnosticReportTest {

    private final List<String> logged = new ArrayList<>();

    private final Log log = (Log) Proxy.newProxyInstance(Log.class.getClassLoader(), new Class<?>[] {Log.class},
            (proxy, method, args) -> {
                if (args != null && args.length == 1 && args[0] instanceof CharSequence text) {
                    logged.add(method.getName() + " " + text);
                }
                return method.getReturnType() == boolean.class ? Boolean.TRUE : null;
            });

    private static final Diagnostic ERROR_1 = new Diagnostic(Severity.ERROR, new Position("/p/bad.h", 3, 5),
            "expected-semicolon", "expected ';' after member");
    private static final Diagnostic WARNING = new Diagnostic(Severity.WARNING, new Position("/p/bad.h", 7, 1),
            "skipped-function", "function prototype skipped");
    private static final Diagnostic ERROR_2 = new Diagnostic(Severity.ERROR, new Position("/p/inc.h", 12, 9),
            "unknown-type", "unknown type name 'u9'");

    @Test
    void listsEveryDiagnosticAndLogsErrorsAsErrors() {
        MojoFailureException failure = DiagnosticReport.failure(List.of(ERROR_1, WARNING, ERROR_2), false, log);

        assertThat(failure.getMessage()).isEqualTo("""
                jbindgen: 2 errors in the headers, first at /p/bad.h:3:5
                /p/bad.h:3:5: error: expected ';' after member [expected-semicolon]
                /p/bad.h:7:1: warning: function prototype skipped [skipped-function]
                /p/inc.h:12:9: error: unknown type name 'u9' [unknown-type]""");
        assertThat(logged).containsExactly(
                "error /p/bad.h:3:5: error: expected ';' after member [expected-semicolon]",
                "warn /p/bad.h:7:1: warning: function prototype skipped [skipped-function]",
                "error /p/inc.h:12:9: error: unknown type name 'u9' [unknown-type]");
    }

    @Test
    void warningsThatFailTheBuildAreLoggedAsErrors() {
        MojoFailureException failure = DiagnosticReport.failure(List.of(WARNING), true, log);
        assertThat(failure.getMessage()).startsWith("jbindgen: 1 warning in the headers, first at /p/bad.h:7:1\n");
        assertThat(logged).containsExactly("error /p/bad.h:7:1: warning: function prototype skipped [skipped-function]");
    }
}
