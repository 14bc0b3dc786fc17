package io.jbindgen.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.FrontEnd;
import io.jbindgen.abi.Target;
import io.jbindgen.diag.Diagnostic;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.diag.Severity;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.preprocess.PreprocessorOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Minimised inputs of the fault classes the differential fuzzer ({@code io.jbindgen.fuzz}) and issue 11
 * found, through the whole front end and layout, every number judged by each target's gcc. The count of
 * numbers gcc judged is pinned, so a fixture whose declarations silently go missing fails too.
 */
class FuzzRegressionGccTest {
    private static final Path DIR = Path.of("src/test/resources/fidelity");

    /**
     * {@code numbers}: bitfield_attributes.h has 7 records (size and align each), 9 plain members
     * (offset and size each) and 8 named bit-fields (one object each): 14 + 18 + 8 = 40;
     * pragma_pack_edges.h has 15 records, 34 plain members, 3 named bit-fields: 30 + 68 + 3 = 101;
     * prototype_tag.h has 2 file-scope records and 3 members (the parameter's tag is not one): 10.
     */
    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
        "bitfield_attributes.h, x86_64, 40", "bitfield_attributes.h, i386, 40",
        "bitfield_attributes.h, aarch64, 40", "bitfield_attributes.h, s390x, 40",
        "pragma_pack_edges.h, x86_64, 101", "pragma_pack_edges.h, i386, 101",
        "pragma_pack_edges.h, aarch64, 101", "pragma_pack_edges.h, s390x, 101",
        "prototype_tag.h, x86_64, 10", "prototype_tag.h, i386, 10", "prototype_tag.h, aarch64, 10",
        "prototype_tag.h, s390x, 10"})
    void everyNumberEqualsGccs(String header, String targetName, int numbers) throws Exception {
        Path file = DIR.resolve(header).toAbsolutePath();
        GccTarget gcc = GccTarget.require(Target.byName(targetName).orElseThrow());

        Diagnostics diags = new Diagnostics();
        TranslationUnit unit = FrontEnd.parse(file, PreprocessorOptions.of(gcc.target(), List.of()), diags);
        Differential.Outcome out = Differential.run(unit, file, gcc);

        assertThat(diags.hasErrors()).as(diags.all().toString()).isFalse();
        assertThat(out.layoutDiagnostics().all()).isEmpty();
        assertThat(out.verdict().headerErrors()).isEmpty();
        assertThat(out.verdict().mismatches()).isEmpty();
        assertThat(out.verdict().compared()).isEqualTo(numbers);
    }

    /**
     * Complex and vector types are not modelled: each use is an error at its file:line:col, the records
     * that hold them get no numbers, and everything else keeps its numbers, which gcc checks: um_before
     * and um_after (size, align, 2 members each: 12) and UM_PLAIN (value and type: 2).
     */
    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"x86_64", "i386", "aarch64", "s390x"})
    void unmodelledTypesAreDiagnosedAndCostNothingElse(String targetName) throws Exception {
        Path file = DIR.resolve("unmodelled_types.h").toAbsolutePath();
        GccTarget gcc = GccTarget.require(Target.byName(targetName).orElseThrow());

        Diagnostics diags = new Diagnostics();
        TranslationUnit unit = FrontEnd.parse(file, PreprocessorOptions.of(gcc.target(), List.of()), diags);
        Differential.Outcome out = Differential.run(unit, file, gcc);

        List<String> errors = diags.all().stream().filter(d -> d.severity() == Severity.ERROR)
                .map(Diagnostic::format).toList();
        assertThat(errors).anyMatch(e -> e.contains("unmodelled_types.h:3:") && e.contains("_Complex"));
        assertThat(errors).anyMatch(e -> e.contains("unmodelled_types.h:4:") && e.contains("vector_size"));
        assertThat(errors).anyMatch(e -> e.contains("unmodelled_types.h:5:") && e.contains("um_v4si"));
        assertThat(out.json()).doesNotContain("\"c\": \"struct um_complex\"", "\"c\": \"struct um_vector\"",
                "\"c\": \"struct um_nested\"", "{\"name\": \"UM_SIZE\", \"value\"");
        assertThat(out.json()).contains("{\"name\": \"UM_SIZE\", \"kind\": \"macro\", \"code\": \"macro-not-constant\"",
                "{\"name\": \"struct um_nested\", \"kind\": \"struct\", \"code\": \"record-no-layout\"");
        assertThat(out.json()).contains("\"struct um_before\"", "\"struct um_after\"", "\"UM_PLAIN\"");
        assertThat(out.verdict().mismatches()).isEmpty();
        assertThat(out.verdict().compared()).isEqualTo(14);
    }
}
