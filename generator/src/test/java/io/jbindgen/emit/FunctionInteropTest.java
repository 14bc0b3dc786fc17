package io.jbindgen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.abi.Layouts;
import io.jbindgen.parse.FrontEnd;
import io.jbindgen.target.Target;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.naming.FunctionOptions;
import io.jbindgen.preprocess.PreprocessorOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gcc builds a small library with functions taking and returning records by value (in registers and
 * in memory, with floats), callbacks (one taking a record by value), variadics and globals; the
 * generated bindings, loaded by path, call it and check every value, and a declared but undefined
 * function fails on first use with a message naming the symbol and the library.
 */
class FunctionInteropTest {
    @TempDir
    Path tmp;

    @Test
    void bindingsCallAGccBuiltLibrary() throws Throwable {
        Path header = tmp.resolve("fn_interop.h");
        Files.writeString(header, CInteropTest.resource("fn_interop.h"));
        Path lib = tmp.resolve("libfn_interop.so");
        Diagnostics diags = new Diagnostics();
        TranslationUnit unit = FrontEnd.parse(header, PreprocessorOptions.of(Target.X86_64, HeaderBindings.SYSTEM_INCLUDES),
                diags);
        Layouts layouts = Layouts.compute(unit, Target.X86_64, diags);
        assertThat(diags.hasErrors()).as(diags.all().toString()).isFalse();
        EmitOptions options = new EmitOptions("t.fn", null,
                new FunctionOptions(List.of(lib.toString()), List.of(), List.of(), List.of()));
        String problems = CInteropTest.runDriver(tmp, JavaEmitter.emit(unit, layouts::record, Target.X86_64, options),
                "fn_interop.c", "t.fn.FnDriver");
        assertThat(problems).isEmpty();
    }
}
