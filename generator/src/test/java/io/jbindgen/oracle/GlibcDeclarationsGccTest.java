package io.jbindgen.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.parse.FrontEnd;
import io.jbindgen.target.Target;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.Declaration;
import io.jbindgen.model.FunctionDecl;
import io.jbindgen.model.SkippedDecl;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.model.VariableDecl;
import io.jbindgen.preprocess.PreprocessorOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * glibc's own headers, preprocessed with the system include directories: every function gcc sees
 * declared in the translation unit ({@code gcc -aux-info}) is either bound ({@link FunctionDecl}) or
 * skipped with a reason code, and the counts (bound per header, skipped per reason) are pinned.
 */
class GlibcDeclarationsGccTest {
    static final List<String> HEADERS = List.of("unistd.h", "fcntl.h", "sys/mman.h", "sys/ioctl.h",
            "sys/eventfd.h", "poll.h", "string.h", "stdio.h", "stdlib.h", "time.h", "signal.h", "pthread.h");
    static final List<Path> INCLUDES = List.of(Path.of("/usr/include/x86_64-linux-gnu"), Path.of("/usr/include"));
    private static final Pattern AUX = Pattern.compile("^/\\* (\\S+):\\d+:\\S+ \\*/ .*?(\\w+) \\((.*)$");

    @TempDir
    Path tmp;

    @Test
    void everyFunctionIsBoundOrSkippedWithAReason() throws Exception {
        List<String> gcc = Toolchains.compiler(Target.X86_64);
        Map<String, Integer> bound = new TreeMap<>();
        Map<String, Integer> reasons = new TreeMap<>();
        Set<String> variables = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (String h : HEADERS) {
            TranslationUnit unit = unit(h);
            Set<String> ours = new TreeSet<>();
            for (Declaration d : unit.declarations()) {
                if (d instanceof FunctionDecl f && inScope(unit, f.position().file())) {
                    ours.add(f.name());
                    bound.merge(h, 1, Integer::sum);
                } else if (d instanceof VariableDecl v && inScope(unit, v.position().file())) {
                    variables.add(v.name());
                }
            }
            for (SkippedDecl s : unit.skipped()) {
                if (s.kind() != SkippedDecl.Kind.MACRO && inScope(unit, s.position().file())) {
                    assertThat(s.reason()).isNotBlank();
                    ours.add(s.name());
                    reasons.merge(s.code(), 1, Integer::sum);
                }
            }
            Set<String> theirs = gccFunctions(gcc, h);
            Set<String> missing = new TreeSet<>(theirs);
            missing.removeAll(ours);
            Set<String> extra = new TreeSet<>(ours);
            extra.removeAll(theirs);
            extra.removeAll(variables);
            if (!missing.isEmpty() || !extra.isEmpty()) {
                problems.add(h + ": gcc declares but jbindgen neither binds nor skips " + missing
                        + "; jbindgen has but gcc does not declare " + extra);
            }
        }
        System.out.println("glibc functions bound per header: " + bound);
        System.out.println("glibc skipped per reason code: " + reasons);
        System.out.println("glibc variables bound: " + variables);
        assertThat(problems).isEmpty();
        // pinned on Debian 12's glibc 2.36 (x86_64): a change in jbindgen's coverage shows up here
        assertThat(bound).isEqualTo(Map.ofEntries(Map.entry("fcntl.h", 7), Map.entry("poll.h", 1),
                Map.entry("pthread.h", 145), Map.entry("signal.h", 33), Map.entry("stdio.h", 76),
                Map.entry("stdlib.h", 97), Map.entry("string.h", 52), Map.entry("sys/eventfd.h", 3),
                Map.entry("sys/ioctl.h", 1), Map.entry("sys/mman.h", 13), Map.entry("time.h", 30),
                Map.entry("unistd.h", 108)));
        assertThat(reasons).isEqualTo(Map.of("inline-function", 6, "unsupported-type", 6, "va-list", 11));
        assertThat(variables).containsExactly("__daylight", "__environ", "__timezone", "__tzname", "daylight",
                "optarg", "opterr", "optind", "optopt", "stderr", "stdin", "stdout", "timezone", "tzname");
    }

    /** {@return glibc's header {@code h} (such as {@code sys/mman.h}) as jbindgen's front end reads it, for x86_64} */
    static TranslationUnit unit(String h) {
        Path header = INCLUDES.stream().map(d -> d.resolve(h)).filter(Files::exists).findFirst().orElseThrow();
        Diagnostics diags = new Diagnostics();
        TranslationUnit unit = FrontEnd.parse(header, PreprocessorOptions.of(Target.X86_64, INCLUDES), diags);
        assertThat(diags.hasErrors()).as(h + ": " + diags.all()).isFalse();
        return unit;
    }

    /** {@return the lines of {@code gcc -aux-info} for a file that includes {@code h}: one per declared function} */
    static List<String> auxInfo(List<String> gcc, Path tmp, String h) throws Exception {
        Path c = tmp.resolve("aux.c");
        Files.writeString(c, "#include <" + h + ">\n");
        Path aux = tmp.resolve("aux.txt");
        List<String> cmd = new ArrayList<>(gcc);
        cmd.addAll(List.of("-fsyntax-only", "-aux-info", aux.toString(), c.toString()));
        ProcessRunner.Result r = ProcessRunner.run(cmd, tmp);
        assertThat(r.exitCode()).as(r.output()).isZero();
        return Files.readAllLines(aux);
    }

    private static boolean inScope(TranslationUnit unit, String file) {
        return !file.startsWith("<");
    }

    private Set<String> gccFunctions(List<String> gcc, String h) throws Exception {
        Set<String> names = new TreeSet<>();
        for (String line : auxInfo(gcc, tmp, h)) {
            Matcher m = AUX.matcher(line);
            if (m.find() && m.group(1).startsWith("/")) {
                names.add(m.group(2));
            }
        }
        return names;
    }
}
