package io.jbindgen.oracle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything gcc says a C user can name in one header, found without jbindgen: the records, member paths
 * and enumerators of its DWARF ({@link DwarfNames}), and the object-like macros its {@code -E -dD} output
 * defines in the header itself that gcc accepts as integer constant expressions (each probed with
 * {@code _Static_assert} of an integer-typed {@code (M) == (M)}).
 *
 * @param accepted whether gcc compiles the header on its own
 * @param rejection gcc's first error when not
 * @param names the records, member paths and enumerators
 * @param macros the integer constant macros, in definition order
 */
record GccNames(boolean accepted, String rejection, DwarfNames.Names names, List<String> macros) {
    private static final Pattern LINEMARKER = Pattern.compile("^# (\\d+) \"(.*)\"(.*)$");
    private static final Pattern DEFINE = Pattern.compile("^#define ([A-Za-z_][A-Za-z0-9_]*)(\\(?)(.*)$");
    private static final Pattern UNDEF = Pattern.compile("^#undef ([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern ERROR_LINE = Pattern.compile("^[^:]*probe-macros\\.c:(\\d+):\\d+: error: (.*)$");
    private static final String INTEGER_TYPES = "_Bool: 1, char: 1, signed char: 1, unsigned char: 1, short: 1, "
            + "unsigned short: 1, int: 1, unsigned int: 1, long: 1, unsigned long: 1, long long: 1, "
            + "unsigned long long: 1, default: 0";

    /** {@return what gcc names in {@code header}, working in {@code dir}} */
    static GccNames of(Path header, GccTarget gcc, Path dir) throws IOException, InterruptedException {
        String include = "#include \"" + header.toAbsolutePath() + "\"\n";
        Files.writeString(dir.resolve("names.c"), include);
        ProcessRunner.Result compiled = run(gcc, dir, "-g", "-gdwarf-4", "-fno-eliminate-unused-debug-types", "-w",
                "-c", "names.c", "-o", "names.o");
        if (compiled.exitCode() != 0) {
            return new GccNames(false, firstError(compiled.output()), new DwarfNames.Names(List.of(), List.of()),
                    List.of());
        }
        ProcessRunner.Result dump = ProcessRunner.run(List.of("readelf", "-wi", "-wl", "names.o"), dir);
        DwarfNames.Names names = DwarfNames.read(dump.output(), header);
        List<String> candidates = objectLikeMacros(run(gcc, dir, "-E", "-dD", "-w", "names.c").output(), header);
        return new GccNames(true, null, names, integerMacros(candidates, include, gcc, dir));
    }

    /** {@return the object-like macros {@code -E -dD} output defines in {@code header} and still has at its end} */
    static List<String> objectLikeMacros(String output, Path header) {
        String main = header.toAbsolutePath().toString();
        Map<String, Boolean> defined = new LinkedHashMap<>();
        boolean inMain = false;
        for (String line : output.split("\n")) {
            Matcher lm = LINEMARKER.matcher(line);
            if (lm.matches()) {
                inMain = lm.group(2).equals(main);
                continue;
            }
            Matcher d = DEFINE.matcher(line);
            Matcher u = UNDEF.matcher(line);
            if (d.matches()) {
                defined.remove(d.group(1));
                if (inMain && d.group(2).isEmpty()) {
                    defined.put(d.group(1), !d.group(3).isBlank());
                }
            } else if (u.find()) {
                defined.remove(u.group(1));
            }
        }
        List<String> out = new ArrayList<>();
        defined.forEach((name, hasBody) -> {
            if (hasBody) {
                out.add(name);
            }
        });
        return out;
    }

    /**
     * {@return the candidates gcc accepts as integer constant expressions of integer type} Probed
     * together; a macro whose line gets a syntax error is asked about alone again, as that error may be
     * the previous line's.
     */
    private static List<String> integerMacros(List<String> candidates, String include, GccTarget gcc, Path dir)
            throws IOException, InterruptedException {
        Set<String> rejected = rejected(candidates, include, gcc, dir);
        Set<String> retry = new TreeSet<>();
        for (String m : rejected) {
            if (m.startsWith("?")) {
                retry.add(m.substring(1));
            }
        }
        Set<String> no = new LinkedHashSet<>();
        rejected.stream().filter(m -> !m.startsWith("?")).forEach(no::add);
        for (String m : retry) {
            if (!rejected(List.of(m), include, gcc, dir).isEmpty()) {
                no.add(m);
            }
        }
        return candidates.stream().filter(m -> !no.contains(m)).toList();
    }

    /** {@return the macros gcc rejects; a name with a leading {@code ?} had a syntax error} */
    private static Set<String> rejected(List<String> macros, String include, GccTarget gcc, Path dir)
            throws IOException, InterruptedException {
        StringBuilder probe = new StringBuilder(include);
        int firstLine = 2;
        for (String m : macros) {
            probe.append("_Static_assert(_Generic((").append(m).append("), ").append(INTEGER_TYPES).append(") && ((")
                    .append(m).append(") == (").append(m).append(")), \"jbm\");\n");
        }
        Files.writeString(dir.resolve("probe-macros.c"), probe);
        ProcessRunner.Result r = run(gcc, dir, "-w", "-ftrack-macro-expansion=0", "-fsyntax-only", "probe-macros.c");
        Set<String> out = new LinkedHashSet<>();
        for (String line : r.output().split("\n")) {
            Matcher e = ERROR_LINE.matcher(line);
            if (e.matches()) {
                int i = Integer.parseInt(e.group(1)) - firstLine;
                if (i >= 0 && i < macros.size()) {
                    boolean syntax = e.group(2).startsWith("expected");
                    out.remove("?" + macros.get(i));
                    out.add((syntax && !out.contains(macros.get(i)) ? "?" : "") + macros.get(i));
                }
            }
        }
        if (r.exitCode() != 0 && out.isEmpty()) {
            throw new IllegalStateException("gcc rejects the macro probe but names no line: " + r.output());
        }
        return out;
    }

    private static ProcessRunner.Result run(GccTarget gcc, Path dir, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(gcc.command());
        cmd.addAll(List.of(args));
        return ProcessRunner.run(cmd, dir);
    }

    private static String firstError(String output) {
        return output.lines().filter(l -> l.contains("error")).findFirst().orElse(output.strip());
    }
}
