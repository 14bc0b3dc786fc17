package io.jbindgen.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.abi.Layouts;
import io.jbindgen.parse.FrontEnd;
import io.jbindgen.target.Target;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.preprocess.PreprocessorOptions;
import io.jbindgen.report.LayoutReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

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

    /**
     * A fixture header through jbindgen's whole front end with no include directory, judged by
     * {@code gcc}; asserts no front-end error, no gcc error and no mismatch, and {@return how many
     * numbers gcc judged}
     */
    static int fixtureNumbersEqualGccs(Path header, GccTarget gcc) throws IOException, InterruptedException {
        Diagnostics diags = new Diagnostics();
        TranslationUnit unit = FrontEnd.parse(header,
                PreprocessorOptions.of(gcc.target(), List.of()), diags);
        Outcome out = run(unit, header, gcc);
        assertThat(diags.hasErrors()).as(diags.all().toString()).isFalse();
        assertThat(out.verdict().headerErrors()).isEmpty();
        assertThat(out.verdict().mismatches()).isEmpty();
        return out.verdict().compared();
    }
}
