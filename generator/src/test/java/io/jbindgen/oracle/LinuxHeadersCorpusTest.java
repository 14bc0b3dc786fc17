package io.jbindgen.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jbindgen.FrontEnd;
import io.jbindgen.preprocess.PreprocessorOptions;
import io.jbindgen.abi.Target;
import io.jbindgen.diag.Diagnostic;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.diag.Severity;
import io.jbindgen.model.TranslationUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every {@code /usr/include/linux/*.h} through jbindgen (with {@code -I} at each target's system
 * headers), judged by each installed target gcc, two at a time. Bars: of the headers gcc accepts on
 * its own, at least 97% get a report without error, and every number reported equals gcc's.
 * Numbers are compared for the reports without error; mismatches in reports with errors are listed
 * for information. A summary (and every error and mismatch) goes to stdout and {@code target/corpus-*.txt}.
 * System property {@code jbindgen.corpus.targets} (e.g. {@code x86_64,i386}) limits the targets.
 */
@Tag("corpus")
class LinuxHeadersCorpusTest {
    private static final Path LINUX = Path.of("/usr/include/linux");
    private static final int THREADS = 2;

    /** How a header becomes a translation unit. */
    interface Front {
        Optional<TranslationUnit> parse(Path header, GccTarget gcc, List<Path> includes, Diagnostics diags)
                throws IOException, InterruptedException;
    }

    @Test
    void allTargetsMatchGcc() throws Exception {
        run("corpus-report.txt", (h, gcc, includes, diags) ->
                Optional.of(FrontEnd.parse(h, PreprocessorOptions.of(gcc.target(), includes), diags)));
    }

    /**
     * The parser and layout engine alone, on gcc's preprocessor output (records of included headers too).
     * Runs on request only ({@code -Djbindgen.corpus.preprocessed=true}): allTargetsMatchGcc covers the
     * same ground through jbindgen's own preprocessor.
     */
    @Test
    void parserAndLayoutsOnGccPreprocessedHeadersMatchGcc() throws Exception {
        assumeTrue(Boolean.getBoolean("jbindgen.corpus.preprocessed"),
                "on request only (-Djbindgen.corpus.preprocessed=true); skipped");
        run("corpus-preprocessed-report.txt", (h, gcc, includes, diags) -> GccPreprocessedFrontEnd.parse(h, gcc, diags));
    }

    private void run(String reportName, Front front) throws Exception {
        assumeTrue(Files.isDirectory(LINUX), "no /usr/include/linux (apt-get install linux-libc-dev); skipped");
        List<Path> headers;
        try (Stream<Path> s = Files.list(LINUX)) {
            headers = s.filter(p -> p.toString().endsWith(".h")).sorted().toList();
        }
        List<CorpusTally> tallies = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (Target target : targets()) {
                Optional<GccTarget> gcc = GccTarget.find(target);
                if (gcc.isEmpty()) {
                    System.out.println("corpus: no gcc for " + target.name() + "; target skipped");
                    continue;
                }
                CorpusTally tally = new CorpusTally(target.name());
                tallies.add(tally);
                List<Path> includes = gcc.get().systemIncludeDirs();
                for (Path h : headers) {
                    work.add(pool.submit(() -> {
                        check(front, h, gcc.get(), includes, tally);
                        return null;
                    }));
                }
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        String report = tallies.stream().map(CorpusTally::summary).reduce("", String::concat);
        System.out.println(report);
        Files.writeString(Path.of("target", reportName), report);
        assumeTrue(!tallies.isEmpty(), "no gcc installed at all; skipped");
        for (CorpusTally t : tallies) {
            assertThat(t.clean()).as(t.target + " headers reported without error").isGreaterThanOrEqualTo(
                    (int) Math.ceil(0.97 * t.accepted()));
            assertThat(t.mismatches()).as(t.target + " numbers that differ from gcc's").isEmpty();
        }
    }

    /** {@return the targets to check: all, or those listed in system property {@code jbindgen.corpus.targets}} */
    private static List<Target> targets() {
        String only = System.getProperty("jbindgen.corpus.targets", "");
        return only.isBlank() ? Target.all()
                : Stream.of(only.split(",")).map(n -> Target.byName(n.strip()).orElseThrow()).toList();
    }

    private static void check(Front front, Path header, GccTarget gcc, List<Path> includes, CorpusTally tally)
            throws IOException, InterruptedException {
        Diagnostics diags = new Diagnostics();
        List<String> errors = new ArrayList<>();
        TranslationUnit unit;
        try {
            unit = front.parse(header, gcc, includes, diags).orElse(null);
        } catch (RuntimeException e) {
            unit = null;
            errors.add("front end crashed: " + e.getCause());
        }
        if (unit == null) {
            unit = new TranslationUnit(header.toString(), List.of(), List.of(), List.of());
            errors.add(errors.isEmpty() ? "no translation unit" : errors.getFirst());
        }
        Differential.Outcome out = Differential.run(unit, header, gcc);
        diags.all().stream().filter(d -> d.severity() == Severity.ERROR).map(Diagnostic::format).forEach(errors::add);
        out.layoutDiagnostics().all().stream().filter(d -> d.severity() == Severity.ERROR).map(Diagnostic::format)
                .forEach(errors::add);
        tally.add(header.getFileName().toString(), out.verdict(), errors);
    }
}
