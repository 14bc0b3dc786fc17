package io.jbindgen.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jbindgen.target.Target;
import io.jbindgen.oracle.GccJudge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The differential fuzzer: generated headers ({@link CaseGenerator}) on every installed target and
 * mutated {@code /usr/include/linux} headers ({@link HeaderMutator}) on one target in turn, each through
 * jbindgen and judged by gcc, for a fixed seed and a time budget. Every disagreement (a number that
 * differs with no error, a header gcc rejects that jbindgen takes without an error, a crash, a hang,
 * generated Java that does not compile) is minimised and written
 * to {@code target/fuzz-findings/}; the run is summarised in {@code target/fuzz-report.txt}; the test
 * fails when there is any.
 *
 * <p>Every test run (CI included) fuzzes for the default budget: 40 s of inputs, then at most 15 s of
 * minimising; {@code -Dfuzz.seconds=0} skips it. A longer run:
 * {@code mvn -B test -pl generator -am -Dtest=DifferentialFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfuzz.seconds=600 [-Dfuzz.seed=N]}. Copy a minimised finding into {@code src/test/resources/fidelity/}
 * with a {@code FuzzRegressionGccTest} row once it is fixed.
 */
class DifferentialFuzzTest {
    private static final Path LINUX = Path.of("/usr/include/linux");
    private static final Path OUT = Path.of("target/fuzz-findings");

    @Test
    void jbindgenAgreesWithGccOnEveryInput() throws Exception {
        long seed = Long.getLong("fuzz.seed", 11);
        long seconds = Long.getLong("fuzz.seconds", 40);
        assumeTrue(seconds > 0, "-Dfuzz.seconds=0: fuzzing skipped");
        List<FuzzCheck> checks = checks();
        assumeTrue(!checks.isEmpty(), "no gcc installed for any target; skipped");
        List<Path> linux = linuxHeaders();
        if (Files.isDirectory(OUT)) {
            try (Stream<Path> old = Files.list(OUT)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(OUT);
        Path work = Files.createTempDirectory("jbfuzz");
        JavaCheck java = new JavaCheck(work);
        Map<String, String> findings = new LinkedHashMap<>();
        Map<String, List<String>> inputs = new LinkedHashMap<>();
        List<String> report = new ArrayList<>();
        long deadline = System.currentTimeMillis() + seconds * 1000;
        int ran = 0;
        int invalid = 0;
        int caseNo = 0;
        while (System.currentTimeMillis() < deadline) {
            long caseSeed = seed * 1_000_003L + caseNo;
            boolean mutated = !linux.isEmpty() && caseNo % 5 == 4;
            String id = "c" + caseNo;
            List<String> chunks = mutated
                    ? HeaderMutator.mutate(Files.readString(linux.get((int) Math.floorMod(caseSeed, (long) linux.size()))), caseSeed)
                    : CaseGenerator.generate(caseSeed);
            List<FuzzCheck> on = mutated ? List.of(checks.get(caseNo / 5 % checks.size())) : checks;
            for (FuzzCheck check : on) {
                FuzzCheck.Result r = check.check(id + ".h", chunks);
                ran++;
                if (r == FuzzCheck.Outcome.INVALID) {
                    invalid++;
                } else if (r instanceof FuzzCheck.Finding f) {
                    String key = f.kind() + "-" + f.claim() + "-" + f.target();
                    report.add(id + " (seed " + caseSeed + "): " + f.detail());
                    if (!findings.containsKey(key)) {
                        findings.put(key, f.detail());
                        inputs.put(key, chunks);
                    }
                }
                if (check.judge().target().name().equals("x86_64") && !mutated && r == FuzzCheck.Outcome.AGREED) {
                    Path header = work.resolve(id + "-java.h");
                    Files.writeString(header, String.join("\n", chunks) + "\n");
                    String crash = java.add(id, header);
                    if (crash != null) {
                        report.add(id + ": generator crash: " + crash);
                        findings.putIfAbsent("crash-generator", crash);
                        inputs.putIfAbsent("crash-generator", chunks);
                    }
                }
            }
            caseNo++;
            if (caseNo % 40 == 0 || System.currentTimeMillis() >= deadline) {
                compileJava(java, report, findings);
            }
        }
        long minimiseUntil = System.currentTimeMillis() + Math.max(15, seconds / 4) * 1000;
        int left = inputs.size();
        for (Map.Entry<String, List<String>> e : inputs.entrySet()) {
            long share = Math.max(0, minimiseUntil - System.currentTimeMillis()) / Math.max(1, left--);
            minimise(e.getKey(), e.getValue(), checks, System.currentTimeMillis() + share, findings.get(e.getKey()));
        }
        String summary = "fuzz seed " + seed + ", " + seconds + " s: " + caseNo + " inputs, " + ran
                + " input-target runs (" + invalid + " rejected by gcc), " + findings.size() + " kinds of disagreement\n"
                + String.join("\n", findings.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList())
                + "\n\nall disagreements:\n" + String.join("\n", report) + "\n";
        System.out.println(summary);
        Files.writeString(Path.of("target/fuzz-report.txt"), summary);
        assertThat(caseNo).as("inputs run").isGreaterThan(10);
        assertThat(findings).as("disagreements with gcc (minimised in " + OUT + ")").isEmpty();
    }

    private static void compileJava(JavaCheck java, List<String> report, Map<String, String> findings)
            throws IOException {
        for (Map.Entry<String, String> e : java.compile().entrySet()) {
            report.add(e.getKey() + ": generated Java does not compile: " + e.getValue());
            findings.putIfAbsent("javac", e.getKey() + ": " + e.getValue());
        }
    }

    private static void minimise(String key, List<String> chunks, List<FuzzCheck> checks, long deadline,
            String detail) throws IOException, InterruptedException {
        String targetName = key.substring(key.lastIndexOf('-') + 1);
        Optional<FuzzCheck> check = checks.stream().filter(c -> c.judge().target().name().equals(targetName)).findFirst();
        List<String> minimal = chunks;
        if (check.isPresent() && !key.startsWith("crash-generator")) {
            FuzzCheck.Result original = check.get().check("orig.h", chunks);
            Minimiser m = new Minimiser(c -> {
                FuzzCheck.Result r = check.get().check("min.h", c);
                return r instanceof FuzzCheck.Finding f && f.sameAs(original);
            }, deadline);
            minimal = m.minimise(chunks);
        }
        Files.writeString(OUT.resolve(key.replaceAll("[^A-Za-z0-9_.-]", "_") + ".h"),
                "/* fuzz finding " + key + ": " + detail.replace("*/", "* /") + " */\n" + String.join("\n", minimal) + "\n");
    }

    private static List<FuzzCheck> checks() throws IOException, InterruptedException {
        List<FuzzCheck> checks = new ArrayList<>();
        for (Target t : Target.all()) {
            Optional<GccJudge> judge = GccJudge.find(t);
            if (judge.isPresent()) {
                checks.add(new FuzzCheck(judge.get(), judge.get().systemIncludeDirs(),
                        Files.createTempDirectory("jbfuzz-" + t.name())));
            }
        }
        return checks;
    }

    private static List<Path> linuxHeaders() throws IOException {
        if (!Files.isDirectory(LINUX)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(LINUX)) {
            return s.filter(p -> p.toString().endsWith(".h")).sorted().toList();
        }
    }
}
