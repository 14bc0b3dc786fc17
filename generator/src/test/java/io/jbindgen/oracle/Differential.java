package io.jbindgen.oracle;

import io.jbindgen.abi.Layouts;
import io.jbindgen.abi.Target;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.report.LayoutReport;
import java.io.IOException;
import java.nio.file.Path;

/** One differential run: our layout JSON for a translation unit, turned into a probe and judged by gcc. */
final class Differential {
    private Differential() {
    }

    /**
     * The outcome.
     *
     * @param json the layout JSON jbindgen produced
     * @param layoutDiagnostics what the layout engine reported
     * @param verdict what gcc said about it
     */
    record Outcome(String json, Diagnostics layoutDiagnostics, Verdict verdict) {
    }

    static Outcome run(TranslationUnit unit, Path header, GccTarget gcc) throws IOException, InterruptedException {
        return run(unit, header, gcc.target(), gcc);
    }

    /** Lays out for {@code layoutTarget} but asks {@code gcc} (used by tests that prove the oracle can fail). */
    static Outcome run(TranslationUnit unit, Path header, Target layoutTarget, GccTarget gcc)
            throws IOException, InterruptedException {
        Diagnostics diags = new Diagnostics();
        Layouts layouts = Layouts.compute(unit, layoutTarget, diags);
        String json = LayoutReport.json(unit, layouts, layoutTarget);
        CProbeWriter probe = new CProbeWriter(LayoutClaims.parse(json));
        return new Outcome(json, diags, new GccOracle(gcc).verify(header, probe));
    }
}
