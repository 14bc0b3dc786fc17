package io.jbindgen.diag;

import io.jbindgen.model.Position;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects diagnostics and keeps going, so that one run reports every problem it can find.
 *
 * <p>Stages report through {@link #error} / {@link #warning} and the caller decides, between stages,
 * whether to go on ({@link #hasErrors()}). Not thread-safe: use one collector per translation unit.
 * A cap on the number of errors stops a hostile input from producing unbounded output.
 */
public final class Diagnostics {

    /** After this many errors further ones are counted but not kept. */
    public static final int MAX_KEPT = 200;

    private final List<Diagnostic> kept = new ArrayList<>();
    /** {@code file:line} of lines whose later errors are dropped as follow-ons. */
    private final Set<String> quietLines = new HashSet<>();
    private int errors;
    private int warnings;

    /** Creates an empty collector. */
    public Diagnostics() {
    }

    /** Reports an error. */
    public void error(Position position, String code, String format, Object... args) {
        add(new Diagnostic(Severity.ERROR, position, code, args.length == 0 ? format : format.formatted(args)));
    }

    /** Reports a warning. */
    public void warning(Position position, String code, String format, Object... args) {
        add(new Diagnostic(Severity.WARNING, position, code, args.length == 0 ? format : format.formatted(args)));
    }

    /** Reports a note. */
    public void note(Position position, String code, String format, Object... args) {
        add(new Diagnostic(Severity.NOTE, position, code, args.length == 0 ? format : format.formatted(args)));
    }

    /** Adds a diagnostic, counting it by severity; past {@link #MAX_KEPT} it is counted only. */
    public void add(Diagnostic d) {
        if (d.severity() == Severity.ERROR && !quietLines.isEmpty() && quietLines.contains(lineOf(d.position()))) {
            return;
        }
        switch (d.severity()) {
            case ERROR -> errors++;
            case WARNING -> warnings++;
            case NOTE -> { }
        }
        if (kept.size() < MAX_KEPT) {
            kept.add(d);
        }
    }

    /**
     * Drops the errors reported from now on at the line of {@code position}: called after an error
     * there that leaves the rest of the line meaningless (a macro expansion stopped at a limit), so
     * that later stages do not report what follows from it.
     */
    public void suppressFollowOnErrors(Position position) {
        quietLines.add(lineOf(position));
    }

    private static String lineOf(Position p) {
        return p.file() + ":" + p.line();
    }

    /** Adds every diagnostic of {@code other}, keeping its counts. */
    public void addAll(Diagnostics other) {
        other.kept.forEach(this::add);
        errors += other.errors - (int) other.kept.stream().filter(d -> d.severity() == Severity.ERROR).count();
        warnings += other.warnings - (int) other.kept.stream().filter(d -> d.severity() == Severity.WARNING).count();
    }

    /** {@return whether any error was reported} */
    public boolean hasErrors() {
        return errors > 0;
    }

    /** {@return the number of errors reported (including those not kept)} */
    public int errorCount() {
        return errors;
    }

    /** {@return the number of warnings reported} */
    public int warningCount() {
        return warnings;
    }

    /** {@return the kept diagnostics in the order they were reported} */
    public List<Diagnostic> all() {
        return List.copyOf(kept);
    }
}
