package io.jbindgen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.target.Target;
import io.jbindgen.naming.FunctionOptions;
import io.jbindgen.output.GeneratedFile;
import io.jbindgen.select.DeclarationKind;
import io.jbindgen.select.SelectionRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated glibc bindings call the real libc of this (x86_64) machine: getpid, strlen, snprintf
 * (variadic), qsort with a Java comparator (upcall), open/pwrite/pread/close on a file, mmap/munmap,
 * eventfd with read/write, the globals timezone and environ, and failures reported through the
 * captured errno (ENOENT, EBADF, EINVAL), named by the errno constants generated from {@code <errno.h>}
 * (registered with the runtime's {@code Errno}).
 */
class LibcCallsTest {
    @TempDir
    Path tmp;

    @Test
    void generatedBindingsCallTheRealLibc() throws Throwable {
        List<String> headers = List.of("unistd.h", "fcntl.h", "sys/mman.h", "sys/eventfd.h", "string.h", "stdio.h",
                "stdlib.h", "time.h", "errno.h");
        List<GeneratedFile> files = new ArrayList<>(GlibcBindings.generate(headers, "t.libc", Target.X86_64,
                new FunctionOptions(List.of(), List.of(), List.of(), List.of("unistd.h:*", "fcntl.h:open", "sys/mman.h:m*map")),
                HeaderBindings.SYSTEM_INCLUDES,
                Map.of("errno.h", List.of(SelectionRule.include(DeclarationKind.CONSTANT, "E*")))));
        files.add(new GeneratedFile("t/libc/LibcDriver.java", CInteropTest.resource("LibcDriver.java")));
        files.add(new GeneratedFile("interop/InteropDriver.java", CInteropTest.resource("InteropDriver.java")));
        JavaCompilation.Result compiled = JavaCompilation.compile(tmp.resolve("java"), files);
        assertThat(compiled.errors()).isEmpty();
        Object problems = compiled.loader().loadClass("t.libc.LibcDriver").getMethod("run", Path.class).invoke(null, tmp);
        assertThat(problems).isEqualTo("");
    }
}
