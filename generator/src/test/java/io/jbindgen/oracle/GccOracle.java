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
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Compiles a {@link CProbeWriter} probe with the target's gcc ({@code -c}, so that the bitfield objects
 * can be read back from the object file) and says which claims gcc contradicts, with gcc's own number
 * (read back from a second object when an assertion fails).
 */
final class GccOracle {
    private static final Pattern ERROR = Pattern.compile("^(.+?):(\\d+):(\\d+): (?:fatal )?error: (.*)$");

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
        Map<Integer, String> probeErrors = new TreeMap<>();
        List<String> bitfieldErrors = new ArrayList<>();
        List<String> headerErrors = new ArrayList<>();
        for (String line : first.output().split("\n")) {
            Matcher m = ERROR.matcher(line);
            if (m.matches()) {
                int ln = Integer.parseInt(m.group(2));
                if (m.group(1).endsWith("probe.c") && text.checkAtLine().containsKey(ln)) {
                    probeErrors.putIfAbsent(text.checkAtLine().get(ln), m.group(4));
                } else if (m.group(1).endsWith("probe.c") && text.bitfieldAtLine().containsKey(ln)) {
                    bitfieldErrors.add(probe.bitfields().get(text.bitfieldAtLine().get(ln)).what() + ": " + m.group(4));
                } else if (headerErrors.size() < 3) {
                    headerErrors.add(line);
                }
            }
        }
        if (headerErrors.isEmpty() && first.exitCode() != 0 && probeErrors.isEmpty() && bitfieldErrors.isEmpty()) {
            headerErrors.add(first.output().strip());
        }
        List<String> mismatches = new ArrayList<>();
        if (!headerErrors.isEmpty()) {
            // errors placed in the header can still be the probe's (a macro it expands); gcc alone decides
            if (compile(dir, "alone", "#include \"" + headerName + "\"\n").exitCode() != 0) {
                return new Verdict(true, headerErrors, 0, List.of());
            }
            headerErrors.forEach(e -> mismatches.add("%s [%s]: gcc rejects the probe: %s".formatted(
                    header.getFileName(), gcc.target().name(), e)));
            return new Verdict(false, List.of(), probe.checks().size(), mismatches);
        }
        bitfieldErrors.forEach(e -> mismatches.add("%s [%s]: gcc rejects bitfield probe %s".formatted(
                header.getFileName(), gcc.target().name(), e)));
        Path object = dir.resolve("probe.o");
        if (!probeErrors.isEmpty() || !bitfieldErrors.isEmpty()) {
            object = explainFailures(dir, header, probe, probeErrors, mismatches);
        }
        int compared = probe.checks().size() + compareBitfields(object, header, probe, mismatches);
        return new Verdict(false, List.of(), compared, mismatches);
    }

    private Path explainFailures(Path dir, Path header, CProbeWriter probe, Map<Integer, String> errors,
            List<String> mismatches) throws IOException, InterruptedException {
        List<Integer> failedChecks = errors.keySet().stream().filter(i -> i < probe.checks().size()).toList();
        ProcessRunner.Result second = compile(dir, "readback",
                probe.readback(header.toAbsolutePath().toString(), failedChecks).text());
        Path object = dir.resolve("readback.o");
        Map<String, byte[]> values = second.exitCode() == 0
                ? ElfSections.read(object, failedChecks.stream().map(i -> ".data.jbv" + i).toList())
                : Map.of();
        ByteOrder order = gcc.target().byteOrder();
        for (Map.Entry<Integer, String> e : errors.entrySet()) {
            int i = e.getKey();
            CProbeWriter.Check c = probe.checks().get(i);
            byte[] v = values.get(".data.jbv" + i);
            String gccValue = v == null ? "(" + e.getValue() + ")" : Long.toString(toLong(v, order));
            mismatches.add("%s [%s]: %s: jbindgen says %s, gcc says %s".formatted(header.getFileName(),
                    gcc.target().name(), c.what(), c.claimed(), gccValue));
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
