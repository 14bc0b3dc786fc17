package io.jbindgen.preprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jbindgen.target.Target;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.lex.Token;
import io.jbindgen.oracle.Toolchains;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built-in headers give what gcc's own headers give: every limit macro has gcc's value and type,
 * every typedef names gcc's type, on each target; and headers that reach them preprocess cleanly.
 */
class BuiltinHeadersTest {
    static final Path SEED = io.jbindgen.SeedHeader.PATH;
    static final List<Path> SYSTEM = List.of(Path.of("/usr/include/x86_64-linux-gnu"), Path.of("/usr/include"));
    static final List<String> MACROS = List.of("CHAR_BIT", "SCHAR_MIN", "SCHAR_MAX", "UCHAR_MAX", "CHAR_MIN",
            "CHAR_MAX", "SHRT_MIN", "SHRT_MAX", "USHRT_MAX", "INT_MIN", "INT_MAX", "UINT_MAX", "LONG_MIN", "LONG_MAX",
            "ULONG_MAX", "LLONG_MIN", "LLONG_MAX", "ULLONG_MAX", "INT8_MIN", "INT8_MAX", "UINT8_MAX", "INT16_MIN",
            "UINT16_MAX", "INT32_MIN", "INT32_MAX", "UINT32_MAX", "INT64_MIN", "INT64_MAX", "UINT64_MAX",
            "INT_LEAST8_MAX", "INT_LEAST64_MIN", "UINT_LEAST16_MAX", "INT_FAST8_MIN", "INT_FAST16_MAX",
            "INT_FAST32_MIN", "UINT_FAST32_MAX", "UINT_FAST64_MAX", "INTPTR_MIN", "INTPTR_MAX", "UINTPTR_MAX",
            "INTMAX_MIN", "INTMAX_MAX", "UINTMAX_MAX", "PTRDIFF_MIN", "PTRDIFF_MAX", "SIZE_MAX", "WCHAR_MIN",
            "WCHAR_MAX", "WINT_MIN", "WINT_MAX", "SIG_ATOMIC_MIN", "SIG_ATOMIC_MAX", "INT8_C(1)", "UINT32_C(1)",
            "INT64_C(1)", "UINT64_C(1)", "INTMAX_C(1)", "UINTMAX_C(1)", "true", "false", "FLT_MANT_DIG",
            "DBL_MANT_DIG", "LDBL_MANT_DIG", "FLT_DIG", "DBL_DIG", "LDBL_DIG", "DBL_MAX_EXP", "LDBL_MIN_EXP",
            "FLT_RADIX", "DECIMAL_DIG", "offsetof(struct probe, b)", "sizeof(max_align_t)", "_Alignof(max_align_t)");
    static final List<String> TYPES = List.of("size_t", "ptrdiff_t", "wchar_t", "int8_t", "int16_t", "int32_t",
            "int64_t", "uint8_t", "uint16_t", "uint32_t", "uint64_t", "int_least8_t", "int_least16_t",
            "int_least32_t", "int_least64_t", "uint_least8_t", "uint_least64_t", "int_fast8_t", "int_fast16_t",
            "int_fast32_t", "int_fast64_t", "uint_fast16_t", "uint_fast32_t", "uint_fast64_t", "intptr_t",
            "uintptr_t", "intmax_t", "uintmax_t");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"x86_64", "i386", "aarch64", "s390x", "armhf", "riscv64", "ppc64el", "mips64el"})
    void builtinHeadersAgreeWithGccsOwn(String target) throws Exception {
        List<String> compiler = Toolchains.compiler(Target.byName(target).orElseThrow());
        StringBuilder probe = new StringBuilder("#include <stddef.h>\n#include <stdint.h>\n#include <limits.h>\n"
                + "#include <stdbool.h>\n#include <float.h>\n#include <stdarg.h>\n#include <stdalign.h>\n"
                + "struct probe { char a; long long b; };\n");
        for (int i = 0; i < MACROS.size(); i++) {
            probe.append("@m").append(i).append(' ').append(MACROS.get(i)).append(" @\n");
        }
        Path file = dir.resolve("probe.c");
        Files.writeString(file, probe);
        Diagnostics d = new Diagnostics();
        PreprocessedUnit u = new Preprocessor(PreprocessorOptions.of(Target.byName(target).orElseThrow(), List.of()), d)
                .run(file);
        assertThat(d.all()).isEmpty();
        StringBuilder check = new StringBuilder("#include <stddef.h>\n#include <stdint.h>\n#include <limits.h>\n"
                + "#include <stdbool.h>\n#include <float.h>\n#include <stdarg.h>\n"
                + "struct probe { char a; long long b; };\n");
        List<String> expansions = markedExpansions(u.tokens());
        assertThat(expansions).hasSize(MACROS.size());
        for (int i = 0; i < MACROS.size(); i++) {
            String ours = expansions.get(i);
            String theirs = MACROS.get(i);
            check.append("_Static_assert((").append(ours).append(") == (").append(theirs).append(") && _Generic((")
                    .append(ours).append("), __typeof__(").append(theirs).append("): 1, default: 0), \"")
                    .append(theirs.replace("\"", "")).append("\");\n");
        }
        for (String type : TYPES) {
            check.append("_Static_assert(_Generic((").append(typedefTarget(u.tokens(), type)).append("){0}, ")
                    .append(type).append(": 1, default: 0), \"").append(type).append("\");\n");
        }
        check.append("_Static_assert(_Generic((").append(typedefTarget(u.tokens(), "va_list"))
                .append(" *)0, va_list *: 1, default: 0), \"va_list\");\n");
        Path c = dir.resolve("check.c");
        Files.writeString(c, check);
        List<String> cmd = new ArrayList<>(compiler);
        cmd.addAll(List.of("-std=gnu17", "-fsyntax-only", c.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).isEmpty();
    }

    /** The tokens between {@code @mN} and {@code @} markers, joined by spaces. */
    private static List<String> markedExpansions(List<Token> tokens) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.text().equals("@") && i + 1 < tokens.size() && tokens.get(i + 1).text().matches("m\\d+")) {
                current = new StringBuilder();
                i++;
            } else if (t.text().equals("@") && current != null) {
                out.add(current.toString().strip());
                current = null;
            } else if (current != null) {
                current.append(' ').append(t.text());
            }
        }
        return out;
    }

    /** The type named by {@code typedef TYPE name;} in the tokens. */
    private static String typedefTarget(List<Token> tokens, String name) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).text().equals(name) && tokens.get(i + 1).text().equals(";")) {
                int k = i - 1;
                while (k >= 0 && !tokens.get(k).text().equals("typedef")) {
                    k--;
                }
                StringBuilder sb = new StringBuilder();
                for (int j = k + 1; j < i; j++) {
                    sb.append(tokens.get(j).text()).append(' ');
                }
                return sb.toString().strip();
            }
        }
        throw new AssertionError("no typedef of " + name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x86_64", "i386", "aarch64", "s390x", "armhf", "riscv64", "ppc64el", "mips64el"})
    void seedHeaderGivesTheSameTokensWithBuiltinOrSystemKernelTypes(String target) {
        assumeTrue(Files.isRegularFile(SEED), "seed header missing");
        Target t = Target.byName(target).orElseThrow();
        List<Path> dirs = Toolchains.systemIncludeDirs(Toolchains.compiler(t));
        Diagnostics builtin = new Diagnostics();
        PreprocessedUnit a = new Preprocessor(PreprocessorOptions.of(t, List.of()), builtin).run(SEED);
        Diagnostics system = new Diagnostics();
        PreprocessedUnit b = new Preprocessor(PreprocessorOptions.of(t, dirs), system).run(SEED);
        assertThat(builtin.all()).isEmpty();
        assertThat(system.all()).isEmpty();
        assertThat(a.filesRead()).contains("<built-in>/linux/types.h");
        assertThat(b.filesRead()).anyMatch(f -> dirs.stream().anyMatch(d -> f.equals(d.resolve("linux/types.h").toString())));
        assertThat(GccOracle.texts(a)).as(() -> LinuxCorpusTest.firstDifference(GccOracle.texts(a), GccOracle.texts(b)))
                .isEqualTo(GccOracle.texts(b));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sys/socket.h", "sys/time.h", "stdint.h", "limits.h", "stdio.h", "stdlib.h",
            "string.h", "sys/ioctl.h", "netinet/in.h", "signal.h", "time.h", "unistd.h", "sys/types.h"})
    void glibcHeadersPreprocessLikeGcc(String header) throws Exception {
        List<String> gcc = Toolchains.compiler(Target.X86_64);
        Path main = dir.resolve("main.c");
        Files.writeString(main, "#include <" + header + ">\n");
        Diagnostics d = new Diagnostics();
        PreprocessedUnit u = new Preprocessor(PreprocessorOptions.of(Target.X86_64, SYSTEM), d).run(main);
        assertThat(d.all()).isEmpty();
        assertThat(GccOracle.texts(u)).isEqualTo(GccOracle.tokens(gcc, main, SYSTEM));
    }

    @Test
    void glibcLimitsReachesTheBuiltinOneThroughIncludeNext() throws Exception {
        Path main = dir.resolve("main.c");
        Files.writeString(main, "#include <limits.h>\nINT_MAX LLONG_MIN PATH_MAX\n");
        Diagnostics d = new Diagnostics();
        PreprocessedUnit u = new Preprocessor(PreprocessorOptions.of(Target.X86_64, SYSTEM), d).run(main);
        assertThat(u.filesRead()).contains("/usr/include/limits.h", "<built-in>/limits.h");
        assertThat(String.join(" ", GccOracle.texts(u))).endsWith("0x7fffffff ( - 0x7fffffffffffffffLL - 1LL ) 4096");
    }
}
