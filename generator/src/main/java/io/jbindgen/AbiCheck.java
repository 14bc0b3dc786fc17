package io.jbindgen;

import io.jbindgen.abi.Layouts;
import io.jbindgen.abidiff.AbiDiff;
import io.jbindgen.abidiff.AbiReport;
import io.jbindgen.abidiff.BaselineException;
import io.jbindgen.abidiff.BaselineReader;
import io.jbindgen.abidiff.LayoutDescription;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.preprocess.PreprocessorOptions;
import io.jbindgen.report.LayoutReport;
import java.nio.file.Path;

/**
 * The library API of the ABI change report: the current layout of a header, compared with a baseline
 * layout JSON the caller read. Files are the caller's to read.
 */
public final class AbiCheck {
    private AbiCheck() {
    }

    /**
     * Parses and lays out {@code header} and describes its layout as its layout JSON report would.
     *
     * @param header the header
     * @param options target, include directories and macros
     * @param diagnostics where the front end's problems go
     * @return the layout, or {@code null} when the front end or the layout engine reported errors
     */
    public static LayoutDescription currentLayout(Path header, PreprocessorOptions options, Diagnostics diagnostics) {
        TranslationUnit unit = FrontEnd.parse(header, options, diagnostics);
        if (diagnostics.hasErrors()) {
            return null;
        }
        Layouts layouts = Layouts.compute(unit, options.target(), diagnostics);
        if (diagnostics.hasErrors()) {
            return null;
        }
        String json = LayoutReport.json(unit, layouts, options.target());
        try {
            return BaselineReader.read(json, header.toString(), options.target().name());
        } catch (BaselineException e) {
            throw new GeneratorBugException(header, e);
        }
    }

    /**
     * Compares a header's current layout with a baseline.
     *
     * @param baselineJson the baseline's text (a layout JSON report)
     * @param baselineName the baseline's file name, for error messages
     * @param header the header
     * @param options target, include directories and macros
     * @param diagnostics where the front end's problems go
     * @return the report, or {@code null} when the header had errors
     * @throws BaselineException when the baseline is not valid JSON, of another schema version or target
     */
    public static AbiReport compare(String baselineJson, String baselineName, Path header, PreprocessorOptions options,
            Diagnostics diagnostics) throws BaselineException {
        LayoutDescription baseline = BaselineReader.read(baselineJson, baselineName, options.target().name());
        LayoutDescription current = currentLayout(header, options, diagnostics);
        return current == null ? null : new AbiReport(header.toString(), AbiDiff.compare(baseline, current));
    }
}
