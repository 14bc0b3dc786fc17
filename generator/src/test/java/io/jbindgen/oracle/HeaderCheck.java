package io.jbindgen.oracle;

import io.jbindgen.abi.Layouts;
import io.jbindgen.diag.Diagnostic;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.diag.Severity;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.parse.FrontEnd;
import io.jbindgen.preprocess.PreprocessorOptions;
import io.jbindgen.preprocess.SourceCache;
import io.jbindgen.report.LayoutReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One header of the corpus on one target: what gcc names in it ({@link GccNames}), jbindgen's layout
 * JSON for it, gcc's verdict on every number the JSON claims ({@link GccOracle}), and whether every name
 * gcc knows is in the JSON ({@link Completeness}).
 *
 * @param name the include name, e.g. {@code linux/kvm.h}
 * @param accepted whether gcc compiles the header alone
 * @param errors jbindgen's errors (front end and layouts)
 * @param verdict gcc on the JSON's numbers (null when gcc rejects the header)
 * @param completeness the names compared (null when gcc rejects the header)
 */
record HeaderCheck(String name, boolean accepted, List<String> errors, Verdict verdict, Completeness completeness) {

    static HeaderCheck run(String name, Path header, GccTarget gcc, List<Path> includes, SourceCache cache)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("jbnames");
        GccNames names;
        try {
            names = GccNames.of(header, gcc, dir);
        } finally {
            delete(dir);
        }
        if (!names.accepted()) {
            return new HeaderCheck(name, false, List.of(names.rejection()), null, null);
        }
        Diagnostics diags = new Diagnostics();
        List<String> errors = new ArrayList<>();
        TranslationUnit unit;
        try {
            unit = FrontEnd.parse(header, PreprocessorOptions.of(gcc.target(), includes), diags, cache);
        } catch (RuntimeException e) {
            unit = new TranslationUnit(header.toString(), List.of(), List.of(), List.of());
            errors.add("front end crashed: " + e);
        }
        Layouts layouts = Layouts.compute(unit, gcc.target(), diags);
        diags.all().stream().filter(d -> d.severity() == Severity.ERROR).map(Diagnostic::format).forEach(errors::add);
        LayoutClaims claims = LayoutClaims.parse(LayoutReport.json(unit, layouts, gcc.target()));
        Verdict verdict = new GccOracle(gcc).verify(header, new CProbeWriter(claims));
        return new HeaderCheck(name, true, errors, verdict, Completeness.of(name, names, claims));
    }

    /** {@return the header's pinned line: gcc's and jbindgen's status and every count} */
    String line() {
        if (!accepted) {
            return name + " gcc=rejected";
        }
        return name + " gcc=ok jbindgen=" + (errors.isEmpty() ? "clean" : "errors:" + errors.size())
                + " compared=" + verdict.compared() + " unverifiable=" + verdict.unverifiable().size()
                + completeness.line();
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
