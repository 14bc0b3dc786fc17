package io.jbindgen.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.palantir.javapoet.ClassName;
import io.jbindgen.abi.Layouts;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.naming.FunctionOptions;
import io.jbindgen.output.GeneratedFile;
import io.jbindgen.parse.FrontEnd;
import io.jbindgen.preprocess.PreprocessorOptions;
import io.jbindgen.target.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime classes generated code refers to exist in the runtime jar, and a header whose own types
 * take their simple names ({@code struct bits}, {@code struct checks}, ...) still gives Java that javac
 * compiles, with every runtime feature in use (bit-fields, arrays, enum members, errno capture).
 */
class RuntimeNameClashTest {
    @TempDir
    Path dir;

    @Test
    void everyRuntimeClassTheEmitterNamesIsInTheRuntimeJar() {
        for (ClassName name : RuntimeNames.ALL) {
            assertThatCode(() -> Class.forName(name.reflectionName(), false, getClass().getClassLoader()))
                    .as(name.reflectionName()).doesNotThrowAnyException();
        }
    }

    /** {@return the C tag that gives a class of this simple name: {@code CEnum} → {@code c_enum}} */
    private static String cName(ClassName runtimeClass) {
        return runtimeClass.simpleName().replaceAll("([a-z])([A-Z])", "$1_$2").replaceAll("^([A-Z])([A-Z][a-z])", "$1_$2")
                .toLowerCase(Locale.ROOT);
    }

    @Test
    void recordsNamedLikeRuntimeClassesCompile() throws IOException {
        String clashing = RuntimeNames.ALL.stream()
                .map(c -> "struct " + cName(c) + " { unsigned int a : 3; int m[2][3]; enum color c; };")
                .collect(Collectors.joining("\n"));
        Path header = Files.writeString(dir.resolve("clash.h"), """
                enum color { RED, GREEN };
                %s
                struct user { struct bits b; struct checks k; unsigned int f : 1; int a[2][2]; enum color c; };
                int f(struct checks *k, int x);
                """.formatted(clashing));
        Diagnostics diags = new Diagnostics();
        TranslationUnit unit = FrontEnd.parse(header, PreprocessorOptions.of(Target.X86_64, List.of(dir)), diags);
        Layouts layouts = Layouts.compute(unit, Target.X86_64, diags);
        assertThat(diags.hasErrors()).as(diags.all().toString()).isFalse();
        EmitOptions options = new EmitOptions("clash", null,
                new FunctionOptions(List.of(), List.of(), List.of(), List.of("f")));
        List<GeneratedFile> files = JavaEmitter.emit(unit, layouts, Target.X86_64, options);
        assertThat(files).extracting(GeneratedFile::path).contains("clash/User.java", "clash/ClashFunctions.java",
                "clash/Bits.java", "clash/DebugText.java", "clash/NativeLibrary.java", "clash/ErrnoCapture.java");
        assertThat(files).filteredOn(f -> f.path().startsWith("clash/CEnum")).hasSize(1);
        assertThat(JavaCompilation.compile(dir.resolve("classes"), files, true).errors()).isEmpty();
    }
}
