package io.jbindgen.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.target.Target;
import io.jbindgen.preprocess.SourceCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kernel uapi headers of each target's own sysroot ({@link UapiCorpus}: {@code linux/**},
 * {@code asm/}, {@code asm-generic/} ... each as its own main file), judged by that target's gcc:
 * <ul>
 * <li>every number jbindgen's layout JSON claims equals gcc's (headers with jbindgen errors included);
 * <li>every record, member path, enumerator and integer macro gcc names in the header is reported by
 *     jbindgen or listed by it as skipped with a code: nothing is silently missing;
 * <li>each header's line (gcc's and jbindgen's status and every count) equals the pinned line in
 *     {@code src/test/resources/oracle/corpus/<target>.txt}: any change, better or worse, fails and
 *     names the headers that changed. Refresh on purpose with {@code -Djbindgen.corpus.update=true}
 *     (on a sample, only the sample's lines are replaced).
 * </ul>
 * Every header of every target is checked (CI included: about half a minute of two cores per target);
 * {@code -Djbindgen.corpus.sample=N} checks every Nth header by name for a quick run, and
 * {@code -Djbindgen.corpus.targets=x86_64,i386} limits the targets. Summaries go to stdout and
 * {@code target/corpus-<target>.txt}.
 */
@Tag("corpus")
class UapiGccCorpusTest {
    private static final int THREADS = 2;
    private static final Path PINNED = Path.of("src/test/resources/oracle/corpus");

    @ParameterizedTest
    @ValueSource(strings = {"x86_64", "i386", "aarch64", "s390x", "armhf", "riscv64", "ppc64el", "mips64el"})
    void everyNameGccKnowsIsReportedOrSkippedAndEveryNumberIsGccs(String targetName) throws Exception {
        String only = System.getProperty("jbindgen.corpus.targets", "");
        Assumptions.assumeTrue(only.isBlank() || List.of(only.split(",")).contains(targetName),
                "not in -Djbindgen.corpus.targets=" + only);
        GccTarget gcc = GccTarget.require(Target.byName(targetName).orElseThrow());
        List<Path> includes = gcc.systemIncludeDirs();
        Map<String, Path> all = UapiCorpus.headers(includes);
        int sample = Integer.getInteger("jbindgen.corpus.sample", 1);
        boolean full = sample <= 1;
        Map<String, Path> headers = full ? all : UapiCorpus.sample(all, sample);

        List<HeaderCheck> checks = check(headers, gcc, includes);
        Tally tally = new Tally(targetName, checks);
        String summary = tally.summary(sample, all.size());
        System.out.print(summary);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "corpus-" + targetName + ".txt"), summary + tally.lines());

        Path pinnedFile = PINNED.resolve(targetName + ".txt");
        if (Boolean.getBoolean("jbindgen.corpus.update")) {
            Files.createDirectories(PINNED);
            Files.writeString(pinnedFile, updated(pinned(pinnedFile), checks, full));
        }
        assertThat(all.keySet()).as("uapi headers of " + targetName).anyMatch(h -> h.startsWith("asm/"))
                .anyMatch(h -> h.startsWith("asm-generic/")).anyMatch(h -> h.startsWith("linux/"));
        assertThat(tally.mismatches).as(targetName + ": numbers that differ from gcc's").isEmpty();
        assertThat(tally.names.missing()).as(targetName + ": names gcc knows that jbindgen neither reports nor skips")
                .isEmpty();
        assertThat(changes(pinned(pinnedFile), checks, full)).as(targetName
                + ": headers whose counts changed from " + pinnedFile + " (expected -> actual); if on purpose,"
                + " refresh with -Djbindgen.corpus.update=true").isEmpty();
    }

    private static List<HeaderCheck> check(Map<String, Path> headers, GccTarget gcc, List<Path> includes)
            throws Exception {
        SourceCache cache = new SourceCache();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<HeaderCheck>> work = new ArrayList<>();
            headers.forEach((name, path) -> work.add(pool.submit(() -> HeaderCheck.run(name, path, gcc, includes, cache))));
            List<HeaderCheck> out = new ArrayList<>();
            for (Future<HeaderCheck> f : work) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    /** {@return the pinned lines with those of {@code checks} replaced (a full run: exactly those of checks)} */
    static String updated(Map<String, String> pinned, List<HeaderCheck> checks, boolean full) {
        Map<String, String> lines = new TreeMap<>(full ? Map.of() : pinned);
        checks.forEach(c -> lines.put(c.name(), c.line()));
        StringBuilder s = new StringBuilder();
        lines.values().forEach(l -> s.append(l).append('\n'));
        return s.toString();
    }

    static Map<String, String> pinned(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    out.put(line.substring(0, line.indexOf(' ')), line);
                }
            }
        }
        return out;
    }

    /** {@return header to "pinned -> actual" for each header whose line differs (a full run: also headers gone)} */
    static Map<String, String> changes(Map<String, String> pinned, List<HeaderCheck> checks, boolean full) {
        Map<String, String> out = new TreeMap<>();
        for (HeaderCheck c : checks) {
            String expected = pinned.getOrDefault(c.name(), "(not pinned)");
            if (!expected.equals(c.line())) {
                out.put(c.name(), expected + "  ->  " + c.line());
            }
        }
        if (full) {
            List<String> seen = checks.stream().map(HeaderCheck::name).toList();
            pinned.keySet().stream().filter(h -> !seen.contains(h)).forEach(h -> out.put(h, pinned.get(h) + "  ->  (gone)"));
        }
        return out;
    }

    /** Per-target totals. */
    static final class Tally {
        final String target;
        final List<HeaderCheck> checks;
        final Completeness names = new Completeness();
        final List<String> mismatches = new ArrayList<>();
        int accepted;
        int clean;
        long compared;
        int unverifiable;

        Tally(String target, List<HeaderCheck> checks) {
            this.target = target;
            this.checks = checks;
            for (HeaderCheck c : checks) {
                if (!c.accepted()) {
                    continue;
                }
                accepted++;
                clean += c.errors().isEmpty() ? 1 : 0;
                compared += c.verdict().compared();
                unverifiable += c.verdict().unverifiable().size();
                mismatches.addAll(c.verdict().mismatches());
                names.add(c.completeness());
            }
        }

        String lines() {
            StringBuilder s = new StringBuilder();
            checks.forEach(c -> s.append(c.line()).append('\n'));
            return s.toString();
        }

        String summary(int sample, int all) {
            StringBuilder s = new StringBuilder("%s (%s): %d of %d uapi headers, gcc accepts %d, jbindgen reports %d without error; %d numbers compared, %d mismatches, %d claims gcc cannot evaluate alone%n"
                    .formatted(target, sample <= 1 ? "full" : "sample 1/" + sample, checks.size(), all, accepted, clean,
                            compared, mismatches.size(), unverifiable));
            for (Completeness.Kind k : Completeness.Kind.values()) {
                s.append("  %s: gcc names %d, jbindgen reports %d%n".formatted(k.name().toLowerCase(java.util.Locale.ROOT),
                        names.named(k), names.reported(k)));
            }
            new TreeMap<>(names.skipped()).forEach((code, n) -> s.append("  skipped %s: %d%n".formatted(code, n)));
            s.append("  silently missing: ").append(names.missing().size()).append('\n');
            names.missing().stream().limit(100).forEach(m -> s.append("    missing: ").append(m).append('\n'));
            checks.stream().filter(c -> c.accepted() && !c.errors().isEmpty()).forEach(c -> s.append("  error: ")
                    .append(c.name()).append(": ").append(c.errors().getFirst()).append('\n'));
            mismatches.stream().limit(200).forEach(m -> s.append("  mismatch: ").append(m).append('\n'));
            return s.toString();
        }
    }
}
