package io.jbindgen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.abi.Layouts;
import io.jbindgen.parse.FrontEnd;
import io.jbindgen.target.Target;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.preprocess.PreprocessorOptions;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pointer members are {@code MemorySegment}s on a 64-bit target (as pointer parameters are) and
 * target-width unsigned integers on a 32-bit one; the values themselves are checked against gcc by
 * {@link FunctionInteropTest} (a linked list built in C, followed and extended in Java).
 */
class PointerMembersTest {
    @TempDir
    Path tmp;

    @Test
    void pointerMembersAreSegmentsOn64BitTargetsAndIntegersOn32Bit() throws Exception {
        Path header = tmp.resolve("list.h");
        Files.writeString(header, "struct node { int value; struct node *next; void *data; };\n");
        Class<?> x64 = node(header, Target.X86_64, "x64");
        assertThat(x64.getMethod("next", MemorySegment.class).getReturnType()).isEqualTo(MemorySegment.class);
        assertThat(x64.getMethod("data", MemorySegment.class).getReturnType()).isEqualTo(MemorySegment.class);
        assertThat(x64.getMethod("setNext", MemorySegment.class).getReturnType()).isEqualTo(x64);
        assertThat(x64.getField("SIZE").getLong(null)).isEqualTo(24L);
        Class<?> i386 = node(header, Target.I386, "i386");
        assertThat(i386.getMethod("next", MemorySegment.class).getReturnType()).isEqualTo(long.class);
        assertThat(i386.getMethod("next", long.class).getReturnType()).isEqualTo(i386);
        assertThat(i386.getField("SIZE").getLong(null)).isEqualTo(12L);
    }

    private Class<?> node(Path header, Target target, String dir) throws Exception {
        Diagnostics diags = new Diagnostics();
        TranslationUnit unit = FrontEnd.parse(header, PreprocessorOptions.of(target, List.of()), diags);
        Layouts layouts = Layouts.compute(unit, target, diags);
        JavaCompilation.Result compiled = JavaCompilation.compile(tmp.resolve(dir),
                JavaEmitter.emit(unit, layouts::record, target, EmitOptions.of("t." + dir)));
        assertThat(compiled.errors()).isEmpty();
        return compiled.loader().loadClass("t." + dir + ".Node");
    }
}
