package io.jbindgen.preprocess;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.target.Target;
import io.jbindgen.oracle.Toolchains;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every macro jbindgen predefines has the value {@code gcc -dM -E} gives for the same target. */
class PredefinedMacrosTest {

    @ParameterizedTest
    @ValueSource(strings = {"x86_64", "i386", "aarch64", "s390x", "armhf", "riscv64", "ppc64el", "mips64el"})
    void everyPredefinedMacroHasGccsValue(String target) throws Exception {
        List<String> compiler = Toolchains.compiler(Target.byName(target).orElseThrow());
        Map<String, String> gcc = gccMacros(compiler);
        Map<String, String> ours = PredefinedMacros.of(Target.byName(target).orElseThrow());
        Map<String, String> wrong = new TreeMap<>();
        ours.forEach((name, value) -> {
            String expected = gcc.get(name);
            if (!normalize(value).equals(expected)) {
                wrong.put(name, "ours '" + value + "' gcc '" + expected + "'");
            }
        });
        assertThat(wrong).isEmpty();
        assertThat(ours).containsKeys("__GNUC__", "__SIZEOF_LONG__", "__BYTE_ORDER__", "__INT64_TYPE__",
                "__SIZE_TYPE__", "__WCHAR_MAX__");
    }

    static Map<String, String> gccMacros(List<String> compiler) throws Exception {
        List<String> cmd = new ArrayList<>(compiler);
        cmd.addAll(List.of("-std=gnu17", "-dM", "-E", "-"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Map<String, String> m = new HashMap<>();
        for (String line : out.split("\n")) {
            if (!line.startsWith("#define ")) {
                continue;
            }
            String rest = line.substring(8);
            int paren = rest.indexOf('(');
            int space = rest.indexOf(' ');
            int nameEnd = space < 0 ? rest.length() : paren >= 0 && paren < space ? rest.indexOf(')') + 1 : space;
            m.put(rest.substring(0, nameEnd), normalize(nameEnd < rest.length() ? rest.substring(nameEnd) : ""));
        }
        return m;
    }

    static String normalize(String value) {
        return value.strip().replaceAll("\\s+", " ");
    }
}
