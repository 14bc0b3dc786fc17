package io.jbindgen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.target.Target;
import io.jbindgen.naming.FunctionOptions;
import io.jbindgen.oracle.Toolchains;
import io.jbindgen.output.GeneratedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bindings of all twelve glibc headers compile without a warning ({@code -Xlint:all -Werror}), on
 * x86_64 (pointers as segments) and on i386 (pointers as 32-bit integers), with errno capture on.
 */
class GlibcBindingsCompileTest {
    @TempDir
    Path tmp;

    @Test
    void x86_64BindingsCompile() throws Exception {
        compile(Target.X86_64, "x64", HeaderBindings.SYSTEM_INCLUDES);
    }

    @Test
    void i386BindingsCompile() throws Exception {
        compile(Target.I386, "x32", Toolchains.systemIncludeDirs(Toolchains.compiler(Target.I386)));
    }

    private void compile(Target target, String dir, List<Path> includes) throws Exception {
        List<GeneratedFile> files = GlibcBindings.generate(GlibcBindings.HEADERS, "t.glibc." + dir, target,
                new FunctionOptions(List.of(), List.of(), List.of(), List.of("unistd.h:*", "fcntl.h:*", "sys/mman.h:*")),
                includes);
        assertThat(files).anyMatch(f -> f.path().endsWith("/UnistdFunctions.java"));
        if (Boolean.getBoolean("glibc.dump")) {
            for (GeneratedFile f : files) {
                Path p = Path.of("target/glibc-dump").resolve(f.path());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.content());
            }
        }
        JavaCompilation.Result r = JavaCompilation.compile(tmp.resolve(dir), files);
        assertThat(r.errors()).isEmpty();
    }
}
