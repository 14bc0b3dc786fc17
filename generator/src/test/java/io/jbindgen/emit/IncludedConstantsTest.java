package io.jbindgen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.FrontEnd;
import io.jbindgen.abi.Layouts;
import io.jbindgen.abi.Target;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.naming.FunctionOptions;
import io.jbindgen.output.GeneratedFile;
import io.jbindgen.preprocess.PreprocessorOptions;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code constants} patterns add macros of included files to a header's constants class (as
 * {@code E*} does for {@code <errno.h>}), by name and by {@code file:glob}, in the order the
 * preprocessor met them; without patterns only the header's own macros are generated.
 */
class IncludedConstantsTest {
    @TempDir
    Path tmp;

    @Test
    void patternsSelectMacrosOfIncludedFiles() throws Exception {
        Files.createDirectories(tmp.resolve("inc/bits"));
        Files.writeString(tmp.resolve("inc/bits/flags.h"), """
                #define FL_ONE 1
                #define FL_TWO (FL_ONE << 1)
                #define FL_ALIAS FL_TWO
                #define OTHER_THING 7
                #define MAP_X 0x20
                """);
        Files.writeString(tmp.resolve("inc/bits/more.h"), "#define MAP_Y 0x40\n");
        Files.writeString(tmp.resolve("inc/top.h"), """
                #include <bits/flags.h>
                #include <bits/more.h>
                #define TOP_OWN 3
                """);

        assertThat(fields(List.of())).containsExactly("TOP_OWN");
        assertThat(fields(List.of("FL_*", "bits/more.h:MAP_*")))
                .containsExactly("FL_ONE", "FL_TWO", "FL_ALIAS", "MAP_Y", "TOP_OWN");
        Class<?> c = constants(List.of("FL_*"));
        assertThat(c.getField("FL_TWO").getInt(null)).isEqualTo(2);
        assertThat(c.getField("FL_ALIAS").getInt(null)).isEqualTo(2);
    }

    private List<String> fields(List<String> patterns) throws Exception {
        return Arrays.stream(constants(patterns).getDeclaredFields()).map(Field::getName).toList();
    }

    private Class<?> constants(List<String> patterns) throws Exception {
        Diagnostics diags = new Diagnostics();
        List<Path> includes = List.of(tmp.resolve("inc"));
        TranslationUnit unit = FrontEnd.parse(tmp.resolve("inc/top.h"), PreprocessorOptions.of(Target.X86_64, includes),
                diags);
        Layouts layouts = Layouts.compute(unit, Target.X86_64, diags);
        List<GeneratedFile> files = JavaEmitter.emit(unit, layouts::record, Target.X86_64, new EmitOptions("t.inc",
                null, new FunctionOptions(List.of(), List.of(), List.of(), List.of(), patterns)));
        JavaCompilation.Result compiled = JavaCompilation.compile(tmp.resolve("java" + patterns.size()), files);
        assertThat(compiled.errors()).isEmpty();
        return compiled.loader().loadClass("t.inc.Top");
    }
}
