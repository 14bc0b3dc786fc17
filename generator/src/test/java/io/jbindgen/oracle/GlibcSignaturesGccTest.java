package io.jbindgen.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.target.Target;
import io.jbindgen.model.CType;
import io.jbindgen.model.Declaration;
import io.jbindgen.model.FunctionDecl;
import io.jbindgen.model.TranslationUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential against gcc for the signatures jbindgen binds from glibc's headers. gcc spells each
 * function's prototype ({@code -aux-info}); a probe then asserts, for every function jbindgen binds,
 * that the spelled prototype is the function's type (the function converts to a pointer of that type
 * without an incompatible-pointer warning), and that each parameter and the return type agree with jbindgen's resolved
 * type: the same arithmetic type (kind and signedness, so the same Java type and layout), a pointer
 * where jbindgen binds an address, the same record by value, and the same variadic-ness.
 */
class GlibcSignaturesGccTest {
    private static final Pattern AUX = Pattern.compile("^/\\* \\S+ \\*/ extern (.+?)\\b(\\w+) \\((.*)\\);$");

    @TempDir
    Path tmp;

    @Test
    void boundSignaturesAgreeWithGcc() throws Exception {
        List<String> gcc = Toolchains.compiler(Target.X86_64);
        int checked = 0;
        List<String> unchecked = new ArrayList<>();
        for (String h : GlibcDeclarationsGccTest.HEADERS) {
            TranslationUnit unit = GlibcDeclarationsGccTest.unit(h);
            Map<String, String[]> spelled = auxInfo(gcc, h);
            StringBuilder probe = new StringBuilder("#include <" + h + ">\n");
            for (Declaration d : unit.declarations()) {
                if (!(d instanceof FunctionDecl f)) {
                    continue;
                }
                String[] s = spelled.get(f.name());
                if (s == null) {
                    unchecked.add(h + ": " + f.name());
                    continue;
                }
                probe.append(assertions(unit, f, s[0], split(s[1])));
                checked++;
            }
            Path c = tmp.resolve("probe.c");
            Files.writeString(c, probe);
            List<String> cmd = new ArrayList<>(gcc);
            cmd.addAll(List.of("-fsyntax-only", "-std=gnu11", "-Wno-deprecated-declarations",
                    "-Werror=incompatible-pointer-types", c.toString()));
            ProcessRunner.Result r = ProcessRunner.run(cmd, tmp);
            assertThat(r.output()).as(h + "\n" + failingLines(probe.toString(), r.output())).isEmpty();
            assertThat(r.exitCode()).as(h).isZero();
        }
        System.out.println("glibc signatures checked by gcc: " + checked + "; not spelled simply by -aux-info: "
                + unchecked);
        assertThat(checked).isGreaterThan(550);
        assertThat(unchecked).allMatch(u -> u.endsWith("signal") || u.endsWith("sigset") || u.endsWith("sysv_signal"));
    }

    private static String assertions(TranslationUnit unit, FunctionDecl f, String ret, List<String> params) {
        StringBuilder out = new StringBuilder();
        List<String> all = new ArrayList<>(params);
        boolean variadic = !all.isEmpty() && all.getLast().equals("...");
        if (variadic) {
            all.removeLast();
        }
        // an assignment, not __builtin_types_compatible_p: noreturn and const qualify gcc's function types
        out.append("static void probe_").append(f.name()).append("(void) { ").append(ret).append(" (*p)(")
                .append(String.join(", ", params.isEmpty() ? List.of("void") : params)).append(") = ")
                .append(f.name()).append("; (void) p; }\n");
        out.append(check(variadic == f.type().variadic() && all.size() == f.type().parameters().size() ? "1" : "0",
                f.name() + ": parameter count / variadic"));
        out.append(check(agrees(unit, ret, f.type().returnType()), f.name() + ": return type"));
        for (int i = 0; i < all.size() && i < f.type().parameters().size(); i++) {
            out.append(check(agrees(unit, all.get(i), f.type().parameters().get(i)), f.name() + ": parameter " + (i + 1)));
        }
        return out.toString();
    }

    /** {@return a C constant expression: whether gcc's type {@code gccType} is what jbindgen resolved} */
    private static String agrees(TranslationUnit unit, String gccType, CType ours) {
        return switch (ours.canonical()) {
            case CType.Void v -> "__builtin_types_compatible_p(" + gccType + ", void)";
            case CType.Scalar s -> "__builtin_types_compatible_p(" + gccType + ", " + s.kind().spelling() + ")";
            case CType.Enum e -> "__builtin_types_compatible_p(" + gccType + ", "
                    + unit.enumeration(e.key()).map(d -> d.underlying().spelling()).orElse("int") + ")";
            case CType.Pointer p -> "(__builtin_classify_type(*(__typeof__(" + gccType + ") *) 0) == 5)";
            case CType.Record r -> "__builtin_types_compatible_p(" + gccType + ", " + recordSpelling(ours) + ")";
            default -> "0";
        };
    }

    /** {@return the record's tag, or the first typedef name on the way to an untagged one} */
    private static String recordSpelling(CType t) {
        String key = ((CType.Record) t.canonical()).key();
        if (!key.contains("(")) {
            return key;
        }
        return t instanceof CType.Typedef td ? td.name() : "int";
    }

    /** {@return the probe lines gcc's messages point at, for the failure message} */
    private static String failingLines(String probe, String messages) {
        String[] lines = probe.split("\n");
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("probe\\.c:(\\d+):").matcher(messages);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n <= lines.length) {
                out.append(lines[n - 1]).append('\n');
            }
        }
        return out.toString();
    }

    private static String check(String condition, String what) {
        return "_Static_assert(" + condition + ", \"" + what + "\");\n";
    }

    private Map<String, String[]> auxInfo(List<String> gcc, String h) throws Exception {
        Map<String, String[]> out = new HashMap<>();
        for (String line : GlibcDeclarationsGccTest.auxInfo(gcc, tmp, h)) {
            Matcher m = AUX.matcher(line);
            if (m.matches() && !m.group(1).contains("(")) {
                out.put(m.group(2), new String[] {m.group(1).strip(), m.group(3)});
            }
        }
        return out;
    }

    /** {@return the parameter types of a prototype's parameter list, split at top-level commas} */
    private static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        if (list.strip().equals("void")) {
            return out;
        }
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char ch = list.charAt(i);
            depth += ch == '(' || ch == '[' ? 1 : ch == ')' || ch == ']' ? -1 : 0;
            if (ch == ',' && depth == 0) {
                out.add(list.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(list.substring(start).strip());
        return out;
    }
}
