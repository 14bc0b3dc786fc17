package io.jbindgen.oracle;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Compiles a {@link CProbeWriter} probe with the target's gcc ({@code -c}, so that the bitfield objects
 * can be read back from the object file) and says which claims gcc contradicts, with gcc's own number
 * (read back from a second object when an assertion fails).
 */
final class GccOracle {

    private final GccTarget gcc;

    GccOracle(GccTarget gcc) {
        this.gcc = gcc;
    }

    Verdict verify(Path header, CProbeWriter probe) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("jbprobe");
        try {
            return verifyIn(dir, header, probe);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private Verdict verifyIn(Path dir, Path header, CProbeWriter probe) throws IOException, InterruptedException {
        String headerName = header.toAbsolutePath().toString();
        CProbeWriter.Probe text = probe.source(headerName);
        ProcessRunner.Result first = compile(dir, "probe", text.text());
        ProbeMessages messages = new ProbeMessages(first.output(), "probe.c", text, probe);
        List<String> mismatches = new ArrayList<>();
        if (!messages.headerErrors.isEmpty() || first.exitCode() != 0 && messages.checkErrors.isEmpty()
                && messages.bitfieldErrors.isEmpty() && messages.macroContextErrors.isEmpty()) {
            List<String> shown = messages.headerErrors.isEmpty() ? List.of(first.output().strip())
                    : messages.headerErrors.subList(0, Math.min(3, messages.headerErrors.size()));
            if (compile(dir, "alone", "#include \"" + headerName + "\"\n").exitCode() != 0) {
                return new Verdict(true, shown, 0, List.of(), List.of());
            }
            shown.forEach(e -> mismatches.add(prefix(header) + "gcc rejects the probe: " + e));
        }
        Map<String, String> unevaluable = new java.util.LinkedHashMap<>();
        messages.macroContextErrors.forEach((i, e) -> unevaluable.putIfAbsent(probe.checks().get(i).subject(), e));
        messages.bitfieldErrors.forEach(e -> mismatches.add(prefix(header) + "gcc rejects bitfield probe " + e));
        sortCheckErrors(dir, header, probe, messages, unevaluable, mismatches);
        Set<String> subjects = unevaluable.keySet();
        List<String> unverifiable = new ArrayList<>();
        for (CProbeWriter.Check c : probe.checks()) {
            if (subjects.contains(c.subject())) {
                unverifiable.add(prefix(header) + c.what() + " = " + c.claimed() + ", but gcc cannot evaluate it on its own: "
                        + unevaluable.get(c.subject()));
            }
        }
        probe.unprobed().forEach(u -> unverifiable.add(prefix(header) + u));
        Path object = dir.resolve("probe.o");
        if (first.exitCode() != 0) {
            List<Integer> failed = messages.failedAssertions().stream()
                    .filter(i -> !subjects.contains(probe.checks().get(i).subject())).toList();
            object = explainFailures(dir, header, probe, failed, mismatches);
        }
        int compared = probe.checks().size() - (unverifiable.size() - probe.unprobed().size())
                + compareBitfields(object, header, probe, mismatches);
        return new Verdict(false, List.of(), compared, mismatches, unverifiable);
    }

    /** Errors at a claim's line that are not failed assertions: the probe's fault, or gcc's once-only report of a name. */
    private void sortCheckErrors(Path dir, Path header, CProbeWriter probe, ProbeMessages messages,
            Map<String, String> unevaluable, List<String> mismatches) throws IOException, InterruptedException {
        String headerName = header.toAbsolutePath().toString();
        for (Map.Entry<Integer, String> e : messages.checkErrors.entrySet()) {
            CProbeWriter.Check c = probe.checks().get(e.getKey());
            if (e.getValue().startsWith("static assertion failed") || unevaluable.containsKey(c.subject())) {
                continue;
            }
            // gcc names an undeclared identifier only once: ask about this claim alone
            CProbeWriter.Probe single = probe.single(headerName, e.getKey());
            String output = compile(dir, "single", single.text()).output();
            ProbeMessages alone = new ProbeMessages(output, "single.c", single, probe);
            if (!alone.macroContextErrors.isEmpty()) {
                unevaluable.put(c.subject(), alone.macroContextErrors.values().iterator().next());
            } else {
                mismatches.add(prefix(header) + c.what() + ": gcc rejects the claim: " + e.getValue());
            }
        }
    }

    private String prefix(Path header) {
        return header.getFileName() + " [" + gcc.target().name() + "]: ";
    }

    private Path explainFailures(Path dir, Path header, CProbeWriter probe, List<Integer> failedChecks,
            List<String> mismatches) throws IOException, InterruptedException {
        ProcessRunner.Result second = compile(dir, "readback",
                probe.readback(header.toAbsolutePath().toString(), failedChecks).text());
        Path object = dir.resolve("readback.o");
        Map<String, byte[]> values = second.exitCode() == 0
                ? ElfSections.read(object, failedChecks.stream().map(i -> ".data.jbv" + i).toList())
                : Map.of();
        for (int i : failedChecks) {
            CProbeWriter.Check c = probe.checks().get(i);
            byte[] v = values.get(".data.jbv" + i);
            String gccValue = v == null ? "something else" : Long.toString(toLong(v, gcc.target().byteOrder()));
            mismatches.add(prefix(header) + "%s: jbindgen says %s, gcc says %s".formatted(c.what(), c.claimed(), gccValue));
        }
        return second.exitCode() == 0 ? object : null;
    }

    private int compareBitfields(Path object, Path header, CProbeWriter probe, List<String> mismatches)
            throws IOException, InterruptedException {
        if (probe.bitfields().isEmpty() || object == null) {
            return 0;
        }
        Map<String, byte[]> sections = ElfSections.read(object,
                probe.bitfields().stream().map(CProbeWriter.BitfieldProbe::section).toList());
        for (CProbeWriter.BitfieldProbe b : probe.bitfields()) {
            byte[] actual = sections.get(b.section());
            if (!holds(actual, b.expected())) {
                mismatches.add("%s [%s]: bitfield %s: jbindgen predicts bytes %s, gcc wrote %s".formatted(
                        header.getFileName(), gcc.target().name(), b.what(), HexFormat.of().formatHex(b.expected()),
                        actual == null ? "nothing" : HexFormat.of().formatHex(actual)));
            }
        }
        return probe.bitfields().size();
    }

    /** A section may be longer than the object (s390x pads odd-sized data); the rest must be zero. */
    private static boolean holds(byte[] section, byte[] expected) {
        if (section == null || section.length < expected.length) {
            return false;
        }
        for (int i = expected.length; i < section.length; i++) {
            if (section[i] != 0) {
                return false;
            }
        }
        return Arrays.equals(section, 0, expected.length, expected, 0, expected.length);
    }

    private ProcessRunner.Result compile(Path dir, String name, String source) throws IOException, InterruptedException {
        Files.writeString(dir.resolve(name + ".c"), source);
        List<String> cmd = new ArrayList<>(gcc.command());
        cmd.addAll(List.of("-w", "-c", name + ".c", "-o", name + ".o"));
        return ProcessRunner.run(cmd, dir);
    }

    private static long toLong(byte[] b, ByteOrder order) {
        long v = 0;
        for (int i = 0; i < Math.min(8, b.length); i++) {
            int idx = order == ByteOrder.BIG_ENDIAN ? i : Math.min(8, b.length) - 1 - i;
            v = v << 8 | (b[idx] & 0xff);
        }
        return v;
    }
}
