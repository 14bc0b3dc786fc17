package io.jbindgen;

import io.jbindgen.abi.Layouts;
import io.jbindgen.abidiff.AbiChange;
import io.jbindgen.abidiff.AbiDiff;
import io.jbindgen.abidiff.AbiReport;
import io.jbindgen.abidiff.BaselineException;
import io.jbindgen.abidiff.BaselineReader;
import io.jbindgen.abidiff.ChangeKind;
import io.jbindgen.abidiff.LayoutDescription;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.javadiff.JavaImpact;
import io.jbindgen.javadiff.JavaSource;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.output.GeneratedFile;
import io.jbindgen.parse.FrontEnd;
import io.jbindgen.preprocess.PreprocessorOptions;
import io.jbindgen.report.LayoutReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The library API of the ABI change report: the current layout of a header, compared with a baseline
 * layout JSON the caller read. Files are the caller's to read.
 */
public final class AbiCheck {
    private AbiCheck() {
    }

    /**
     * Parses and lays out the one header of {@code request} for its one target and describes its layout as
     * its layout JSON report would.
     *
     * @param request a request with one header and one output (target and package)
     * @param diagnostics where the front end's problems go
     * @return the layout, or {@code null} when the front end or the layout engine reported errors
     * @throws IllegalArgumentException when the request has several headers or outputs
     */
    public static LayoutDescription currentLayout(GenerationRequest request, Diagnostics diagnostics) {
        requireOneHeaderAndTarget(request);
        Path header = request.headers().get(0);
        PreprocessorOptions options = preprocessorOptions(request);
        TranslationUnit unit = FrontEnd.parse(header, options, diagnostics);
        return diagnostics.hasErrors() ? null : describe(unit, header, options, diagnostics);
    }

    private static LayoutDescription describe(TranslationUnit unit, Path header, PreprocessorOptions options,
            Diagnostics diagnostics) {
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
     * Compares a header's current layout with a baseline; each change the header still has carries its
     * {@code file:line}. Returns {@code null} when the header had errors; throws {@link BaselineException}
     * when the baseline is not valid JSON, of another schema version or target.
     */
    private static AbiReport compareLayouts(String baselineJson, String baselineName, Path header,
            PreprocessorOptions options, Diagnostics diagnostics) throws BaselineException {
        LayoutDescription baseline = BaselineReader.read(baselineJson, baselineName, options.target().name());
        TranslationUnit unit = FrontEnd.parse(header, options, diagnostics);
        LayoutDescription current = diagnostics.hasErrors() ? null : describe(unit, header, options, diagnostics);
        if (current == null) {
            return null;
        }
        List<AbiChange> changes = AbiDiff.compare(baseline, current);
        return new AbiReport(header.toString(), changes, AbiLocations.of(unit, changes));
    }

    /**
     * Compares the one header and target of {@code request} with a baseline.
     *
     * @param baselineJson the baseline's text
     * @param baselineName the baseline's file name, for error messages
     * @param request a request with one header and one output (target and package)
     * @param diagnostics where the front end's problems go
     * @return the report, or {@code null} when the header had errors
     * @throws BaselineException when the baseline is unusable
     * @throws IllegalArgumentException when the request has several headers or outputs
     */
    public static AbiReport compare(String baselineJson, String baselineName, GenerationRequest request,
            Diagnostics diagnostics) throws BaselineException {
        requireOneHeaderAndTarget(request);
        AbiReport report = compareLayouts(baselineJson, baselineName, request.headers().get(0),
                preprocessorOptions(request), diagnostics);
        return report == null ? null : withoutOverriddenArguments(report, request);
    }

    private static void requireOneHeaderAndTarget(GenerationRequest request) {
        if (request.headers().size() != 1 || request.outputs().size() != 1) {
            throw new IllegalArgumentException("an ABI baseline describes one header on one target; the request has "
                    + request.headers().size() + " headers and " + request.outputs().size() + " targets");
        }
    }

    /** {@return the preprocessor options of the first output's target} */
    private static PreprocessorOptions preprocessorOptions(GenerationRequest request) {
        return new PreprocessorOptions(request.outputs().get(0).target(), request.includeDirs(), request.defines(),
                request.undefines());
    }

    /**
     * A request whose argument names the request overrides ({@code --request-args}, {@code <requestArguments>})
     * takes the same arguments before and after, whatever its comment says: its comment's argument changes
     * are dropped.
     */
    private static AbiReport withoutOverriddenArguments(AbiReport report, GenerationRequest request) {
        Map<String, List<String>> overridden = request.commands().arguments();
        List<AbiChange> kept = new ArrayList<>();
        for (AbiChange c : report.changes()) {
            boolean argument = c.kind() == ChangeKind.REQUEST_ARGUMENT_ADDED
                    || c.kind() == ChangeKind.REQUEST_ARGUMENT_REMOVED;
            if (!argument || !overridden.containsKey(c.member())) {
                kept.add(c);
            }
        }
        return new AbiReport(report.header(), kept, report.locations());
    }

    /**
     * The current layout JSON of the one header and target of {@code request}: what a rewritten
     * baseline holds.
     *
     * @param request a request with one header and one output
     * @param diagnostics where the front end's problems go
     * @return the JSON, or {@code null} when the header had errors
     */
    public static String baselineJson(GenerationRequest request, Diagnostics diagnostics) {
        PreprocessorOptions options = preprocessorOptions(request);
        TranslationUnit unit = FrontEnd.parse(request.headers().get(0), options, diagnostics);
        if (diagnostics.hasErrors()) {
            return null;
        }
        Layouts layouts = Layouts.compute(unit, options.target(), diagnostics);
        return diagnostics.hasErrors() ? null : LayoutReport.json(unit, layouts, options.target());
    }

    /**
     * Adds the Java side to a C-level report: what changed in the generated API, and where the project's
     * sources use a changed generated member. Uses JavaParser, which only this call loads.
     *
     * @param report the C-level report
     * @param oldGenerated the sources generated for the baseline, by path (empty when unknown)
     * @param newGenerated the sources generated now
     * @param userSources the project's own sources, by the path reports should show
     * @return the whole report
     */
    public static AbiCheckReport withJava(AbiReport report, Map<String, String> oldGenerated,
            List<GeneratedFile> newGenerated, Map<String, String> userSources) {
        List<JavaSource> now = new ArrayList<>();
        for (GeneratedFile f : newGenerated) {
            if (f.path().endsWith(".java")) {
                now.add(new JavaSource(f.path(), f.content()));
            }
        }
        JavaImpact java = JavaImpact.analyze(sources(oldGenerated), now, sources(userSources), report.changes());
        return new AbiCheckReport(report, java);
    }

    /** {@return the whole report of a C-level report without a Java side} */
    public static AbiCheckReport withoutJava(AbiReport report) {
        return new AbiCheckReport(report, JavaImpact.NONE);
    }

    private static List<JavaSource> sources(Map<String, String> byPath) {
        List<JavaSource> out = new ArrayList<>();
        for (Map.Entry<String, String> e : byPath.entrySet()) {
            out.add(new JavaSource(e.getKey(), e.getValue()));
        }
        return out;
    }
}
