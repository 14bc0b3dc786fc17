package io.jbindgen.fuzz;

import io.jbindgen.abi.Layouts;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.oracle.GccJudge;
import io.jbindgen.parse.FrontEnd;
import io.jbindgen.preprocess.PreprocessorOptions;
import io.jbindgen.report.LayoutReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One input through jbindgen (front end, layouts, JSON report; in a thread with a time limit) and
 * through one target's gcc. The outcome is {@link Outcome#INVALID} when gcc rejects the header
 * itself and jbindgen reports an error too, {@link Outcome#AGREED} when every number jbindgen reported
 * is gcc's, else a {@link Finding} (an {@code accepts} one when gcc rejects what jbindgen takes without
 * an error).
 */
final class FuzzCheck {
    /** jbindgen gets this long per input; gcc takes about 0.05 s on the same inputs. */
    static final long TIME_LIMIT_MILLIS = 10_000;

    private final GccJudge judge;
    private final List<Path> includes;
    private final Path dir;

    FuzzCheck(GccJudge judge, List<Path> includes, Path dir) {
        this.judge = judge;
        this.includes = includes;
        this.dir = dir;
    }

    GccJudge judge() {
        return judge;
    }

    /** What a check came to. */
    sealed interface Result permits Outcome, Finding {
    }

    /** No finding. */
    enum Outcome implements Result { INVALID, AGREED }

    /**
     * A disagreement.
     *
     * @param kind {@code mismatch}, {@code accepts}, {@code crash} or {@code hang}
     * @param target the target name
     * @param claim what kind of number or failure: {@code sizeof}, {@code offsetof}, {@code bitfield}, the
     *     exception class, gcc's error message with its names and numbers left out, ...
     * @param detail the first mismatch line or the exception
     */
    record Finding(String kind, String target, String claim, String detail) implements Result {
        /** {@return whether {@code other} is the same kind of disagreement (what the minimiser keeps)} */
        boolean sameAs(Result other) {
            return other instanceof Finding f && f.kind.equals(kind) && f.target.equals(target) && f.claim.equals(claim);
        }
    }

    /** {@return the outcome for the header made of {@code chunks}, written as {@code name}} */
    Result check(String name, List<String> chunks) throws IOException, InterruptedException {
        Path header = dir.resolve(name);
        Files.writeString(header, String.join("\n", chunks) + "\n");
        AtomicReference<Object> result = new AtomicReference<>();
        AtomicBoolean jbindgenErrors = new AtomicBoolean();
        Thread worker = Thread.ofPlatform().daemon().unstarted(() -> {
            try {
                Diagnostics diags = new Diagnostics();
                TranslationUnit unit = FrontEnd.parse(header, PreprocessorOptions.of(judge.target(), includes), diags);
                Diagnostics layoutDiags = new Diagnostics();
                LayoutReport.json(unit, Layouts.compute(unit, judge.target(), layoutDiags), judge.target());
                jbindgenErrors.set(diags.hasErrors() || layoutDiags.hasErrors());
                result.set(unit);
            } catch (RuntimeException | StackOverflowError e) {
                result.set(e);
            }
        });
        worker.start();
        worker.join(TIME_LIMIT_MILLIS);
        String target = judge.target().name();
        if (worker.isAlive()) {
            return new Finding("hang", target, "time", "jbindgen took more than " + TIME_LIMIT_MILLIS + " ms");
        }
        if (result.get() instanceof Throwable t) {
            StackTraceElement top = t.getStackTrace().length == 0 ? null : t.getStackTrace()[0];
            return new Finding("crash", target, t.getClass().getSimpleName(), t + " at " + top);
        }
        GccJudge.Judgement j = judge.judge((TranslationUnit) result.get(), header);
        if (j.headerRejected()) {
            if (jbindgenErrors.get() || j.headerErrors().isEmpty()) {
                return Outcome.INVALID;
            }
            String first = j.headerErrors().getFirst();
            return new Finding("accepts", target, gccRule(first), "gcc rejects, jbindgen reports no error: " + first);
        }
        if (j.mismatches().isEmpty()) {
            return Outcome.AGREED;
        }
        String first = j.mismatches().getFirst();
        return new Finding("mismatch", target, claimOf(first), first);
    }

    /** {@return gcc's error message in {@code line} without the quoted names and the numbers: the rule it states} */
    static String gccRule(String line) {
        int at = line.indexOf("error: ");
        String message = at < 0 ? line : line.substring(at + 7);
        return message.replaceAll("[\u2018'][^\u2019']*[\u2019']", "X").replaceAll("[0-9]+", "N")
                .replaceAll("[^A-Za-z0-9]+", "_");
    }

    /** {@return the kind of claim a mismatch line is about: {@code sizeof}, {@code offsetof}, {@code value}, ...} */
    static String claimOf(String mismatch) {
        String rest = mismatch.substring(mismatch.indexOf("]: ") + 3);
        if (rest.contains("gcc rejects")) {
            return "rejected";
        }
        int end = 0;
        while (end < rest.length() && (Character.isLetterOrDigit(rest.charAt(end)) || rest.charAt(end) == '_')) {
            end++;
        }
        return rest.substring(0, end);
    }
}
