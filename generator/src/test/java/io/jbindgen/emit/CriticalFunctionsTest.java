package io.jbindgen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.target.Target;
import io.jbindgen.naming.FunctionOptions;
import io.jbindgen.output.GeneratedFile;
import io.jbindgen.runtime.sys.ErrnoException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Functions matched by the critical patterns are linked with {@code Linker.Option.critical(false)}, also
 * together with errno capture, and still call the real libc: a critical {@code pwrite} writes a file and
 * its failure on an invalid descriptor reaches the caller as {@code EBADF}. Functions the patterns do not
 * match are linked as before.
 */
class CriticalFunctionsTest {
    @TempDir
    Path tmp;

    @Test
    void criticalFunctionsAreLinkedCriticalAndStillReportErrno() throws Throwable {
        List<GeneratedFile> files = GlibcBindings.generate(List.of("unistd.h"), "t.critical", Target.X86_64,
                new FunctionOptions(List.of(), List.of("getpid", "pwrite", "pread", "close"), List.of(),
                        List.of("pwrite", "close"), List.of("getpid", "pwrite")));
        String source = files.stream().filter(f -> f.path().endsWith("UnistdFunctions.java")).findFirst()
                .orElseThrow().content();
        assertThat(linkLine(source, "\"pwrite\"")).contains("captureCallState(\"errno\")", "critical(false)");
        assertThat(linkLine(source, "\"getpid\"")).contains("critical(false)").doesNotContain("captureCallState");
        assertThat(linkLine(source, "\"pread\"")).doesNotContain("critical", "captureCallState");

        JavaCompilation.Result compiled = JavaCompilation.compile(tmp.resolve("java"), files);
        assertThat(compiled.errors()).isEmpty();
        Class<?> unistd = compiled.loader().loadClass("t.critical.unistd.UnistdFunctions");
        assertThat((int) unistd.getMethod("getpid").invoke(null)).isEqualTo((int) ProcessHandle.current().pid());

        Path file = Files.createFile(tmp.resolve("data"));
        Method pwrite = unistd.getMethod("pwrite", int.class, MemorySegment.class, long.class, long.class);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment bytes = arena.allocateFrom("critical");
            int fd = openForWriting(arena, file);
            assertThat((long) pwrite.invoke(null, fd, bytes, 8L, 4L)).isEqualTo(8L);
            unistd.getMethod("close", int.class).invoke(null, fd);
            assertThat(Files.readString(file)).isEqualTo("\0\0\0\0critical");
            InvocationTargetException failure = org.assertj.core.api.Assertions.catchThrowableOfType(
                    InvocationTargetException.class, () -> pwrite.invoke(null, -1, bytes, 8L, 0L));
            assertThat(failure.getCause()).isInstanceOfSatisfying(ErrnoException.class, e -> {
                assertThat(e.call()).isEqualTo("pwrite");
                assertThat(e.errno()).as("EBADF").isEqualTo(9);
            });
        }
    }

    private static String linkLine(String source, String symbol) {
        return source.lines().filter(l -> l.contains(".downcall(" + symbol)).findFirst().orElseThrow();
    }

    @SuppressWarnings("restricted")
    private static int openForWriting(Arena arena, Path file) throws Throwable {
        var linker = java.lang.foreign.Linker.nativeLinker();
        var open = linker.downcallHandle(linker.defaultLookup().findOrThrow("open"),
                java.lang.foreign.FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
                        ValueLayout.JAVA_INT));
        int fd = (int) open.invokeExact(arena.allocateFrom(file.toString()), 01 /* O_WRONLY */);
        assertThat(fd).isNotNegative();
        return fd;
    }
}
