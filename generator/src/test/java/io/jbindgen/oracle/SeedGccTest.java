package io.jbindgen.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jbindgen.parse.FrontEnd;
import io.jbindgen.target.Target;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.preprocess.PreprocessorOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seed header through the whole pipeline (front end, layouts, JSON), judged by each target's gcc:
 * with jbindgen's built-in kernel types (no {@code -I}) and with {@code -I} at the target's own system
 * headers. gcc always compiles against its real headers.
 */
class SeedGccTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"x86_64, builtin", "x86_64, system", "i386, builtin", "i386, system", "aarch64, builtin",
        "aarch64, system", "s390x, builtin", "s390x, system", "armhf, builtin", "armhf, system", "riscv64, builtin",
        "riscv64, system", "ppc64el, builtin", "ppc64el, system", "mips64el, builtin", "mips64el, system"})
    void everyNumberEqualsGccs(String targetName, String types) throws Exception {
        Path seed = seedHeader();
        GccTarget gcc = GccTarget.require(Target.byName(targetName).orElseThrow());
        List<Path> includes = types.equals("system") ? gcc.systemIncludeDirs() : List.of();

        Diagnostics diags = new Diagnostics();
        TranslationUnit unit = FrontEnd.parse(seed, PreprocessorOptions.of(gcc.target(), includes), diags);
        Differential.Outcome out = Differential.run(unit, seed, gcc);

        assertThat(diags.all()).as("front end diagnostics").noneMatch(d -> d.severity().name().equals("ERROR"));
        assertThat(out.layoutDiagnostics().all()).isEmpty();
        assertThat(out.json()).contains("\"c\": \"struct lguest_device_desc\"", "\"c\": \"struct lguest_vqconfig\"",
                "\"c\": \"enum lguest_req\"", "\"name\": \"LGUEST_VRING_ALIGN\"");
        assertThat(out.verdict().headerErrors()).isEmpty();
        assertThat(out.verdict().mismatches()).isEmpty();
        // 2 records: size, align, 6 + 3 members (offset, size; the flexible config[0] has size 0): 22;
        // enum lguest_req: size, align, underlying type: 3; 5 enumerators; 1 macro value and type
        assertThat(out.verdict().compared()).isEqualTo(32);
    }

    static Path seedHeader() {
        Path local = io.jbindgen.SeedHeader.PATH.toAbsolutePath();
        assumeTrue(Files.exists(local), "seed header missing");
        return local;
    }
}
