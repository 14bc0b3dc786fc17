package io.jbindgen.preprocess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncludeAndConditionalTest {

    @TempDir
    Path dir;

    @Test
    void quoteIncludeSearchesTheIncludersDirectoryFirst() {
        PpFixture fx = new PpFixture(dir)
                .file("sub/main.h", "#include \"x.h\"\n#include <x.h>\n")
                .file("sub/x.h", "beside\n")
                .file("inc/x.h", "on_path\n");
        fx.includeDirs = List.of(dir.resolve("inc"));
        assertThat(PpFixture.text(fx.run("sub/main.h"))).isEqualTo("beside on_path");
    }

    @Test
    void includeNextContinuesAfterTheDirectoryOfTheIncluder() {
        PpFixture fx = new PpFixture(dir)
                .file("main.h", "#include <limits.h>\nCHAR_BIT INT_MAX mine\n")
                .file("a/limits.h", "#define mine 1\n#include_next <limits.h>\n");
        fx.includeDirs = List.of(dir.resolve("a"));
        assertThat(PpFixture.text(fx.run("main.h"))).isEqualTo("8 0x7fffffff 1");
        assertThat(fx.diagnostics.all()).isEmpty();
    }

    @Test
    void guardedAndOnceFilesAreReadOnce() {
        PpFixture fx = new PpFixture(dir)
                .file("main.h", "#include \"g.h\"\n#include \"g.h\"\n#include \"o.h\"\n#include \"o.h\"\n"
                        + "#include \"u.h\"\n#include \"u.h\"\n")
                .file("g.h", "/* c */\n#ifndef G_H\n#define G_H\nguarded\n#endif /* G_H */\n")
                .file("o.h", "#pragma once\nonce\n")
                .file("u.h", "unguarded\n");
        assertThat(PpFixture.text(fx.run("main.h"))).isEqualTo("guarded once unguarded unguarded");
    }

    @Test
    void computedIncludesAndHasInclude() {
        PpFixture fx = new PpFixture(dir)
                .file("main.h", "#define HDR <c.h>\n#define Q \"c.h\"\n#include HDR\n#include Q\n"
                        + "#if __has_include(<c.h>) && !__has_include(\"none.h\") && defined __has_include\nyes\n#endif\n"
                        + "#if __has_include(<stddef.h>)\nbuiltin\n#endif\n")
                .file("c.h", "c\n");
        fx.includeDirs = List.of(dir);
        assertThat(PpFixture.text(fx.run("main.h"))).isEqualTo("c c yes builtin");
        assertThat(fx.diagnostics.all()).isEmpty();
    }

    @Test
    void conditionals() {
        PpFixture fx = new PpFixture(dir);
        String out = fx.expand("""
                #define ONE 1
                #define EMPTY
                #if ONE == 1 && defined(ONE) && !defined NOPE
                a
                #elif 1
                b
                #else
                c
                #endif
                #ifdef EMPTY
                d
                #endif
                #ifndef EMPTY
                e
                #elif ONE
                f
                #endif
                #if 0
                #if 1 / 0
                #error never
                #endif
                #elif (-1 < 0u) == 0 && __x86_64__ && __SIZEOF_LONG__ == 8 && !__CHAR_UNSIGNED__
                g
                #endif
                #if __has_attribute(packed) && __has_attribute(__aligned__) && !__has_attribute(nonsense)
                h
                #endif
                #if __GNUC__ > 4 || (__GNUC__ == 4 && __GNUC_MINOR__ >= 6)
                i
                #endif
                """);
        assertThat(out).isEqualTo("a d f g h i");
        assertThat(fx.diagnostics.all()).isEmpty();
    }

    @Test
    void commandLineDefinesAndUndefines() {
        PpFixture fx = new PpFixture(dir).file("main.h", "A B __linux__ __x86_64__\n");
        java.util.Map<String, String> defines = new java.util.LinkedHashMap<>();
        defines.put("A", "42");
        defines.put("B", null);
        PreprocessedUnit u = new Preprocessor(new PreprocessorOptions(io.jbindgen.target.Target.X86_64, List.of(),
                defines, List.of("__linux__")), fx.diagnostics).run(dir.resolve("main.h"));
        assertThat(PpFixture.text(u)).isEqualTo("42 1 __linux__ 1");
    }

    @Test
    void filesReadListsEveryFileOnce() {
        PpFixture fx = new PpFixture(dir).file("main.h", "#include <linux/types.h>\n#include <linux/types.h>\n");
        assertThat(fx.run("main.h").filesRead()).startsWith(dir.resolve("main.h").toString(),
                "<built-in>/linux/types.h", "<built-in>/asm/types.h").doesNotHaveDuplicates();
    }
}
