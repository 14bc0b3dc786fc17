package io.jbindgen.oracle;

import java.util.ArrayList;
import java.util.List;

/** Per-target totals of a corpus run; thread-safe. */
final class CorpusTally {
    final String target;
    private int headers;
    private int accepted;
    private int clean;
    private long compared;
    private final List<String> mismatches = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> mismatchesWithErrors = new ArrayList<>();
    private final List<String> unverifiable = new ArrayList<>();

    CorpusTally(String target) {
        this.target = target;
    }

    synchronized void add(String header, Verdict v, List<String> errors) {
        headers++;
        if (v.headerRejected()) {
            return;
        }
        accepted++;
        if (errors.isEmpty()) {
            clean++;
            compared += v.compared();
            mismatches.addAll(v.mismatches());
            unverifiable.addAll(v.unverifiable());
        } else {
            failures.add(header + ": " + errors.getFirst() + (errors.size() > 1 ? " (+" + (errors.size() - 1) + " more)" : ""));
            mismatchesWithErrors.addAll(v.mismatches());
        }
    }

    synchronized int accepted() {
        return accepted;
    }

    synchronized int clean() {
        return clean;
    }

    synchronized List<String> mismatches() {
        return List.copyOf(mismatches);
    }

    synchronized String summary() {
        StringBuilder s = new StringBuilder("%s: %d headers, gcc accepts %d, jbindgen reports %d without error (%.1f%%), %d numbers compared in those, %d mismatches, %d claims gcc cannot evaluate alone%n"
                .formatted(target, headers, accepted, clean, accepted == 0 ? 100.0 : 100.0 * clean / accepted, compared,
                        mismatches.size(), unverifiable.size()));
        failures.stream().sorted().forEach(f -> s.append("  error: ").append(f).append('\n'));
        mismatches.stream().limit(200).forEach(m -> s.append("  mismatch: ").append(m).append('\n'));
        unverifiable.forEach(u -> s.append("  unverifiable: ").append(u).append('\n'));
        mismatchesWithErrors.stream().limit(50).forEach(m -> s.append("  (in a report with errors) mismatch: ")
                .append(m).append('\n'));
        return s.toString();
    }
}
