package io.jbindgen.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.parse.FrontEnd;
import io.jbindgen.target.Target;
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
     * prototype_tag.h has 2 file-scope records and 3 members (the parameter's tag is not one): 10;
     * aligned_order.h has 6 records (12), 1 bit-field, 9 plain members (18) and 4 typedefs (8): 39;
     * enum_cast.h has 3 enums (size, align, underlying type: 9), 7 enumerators and 3 macros (value and
     * type each): 22; pack_pop_unknown.h has 2 records and 6 bit-fields: 10;
     * packed_bitfields_and_pointers.h has 6 records (12), 7 named bit-fields and 4 plain members (8): 27;
     * enum_aligned.h has 2 enums (size, align, underlying type: 6), 3 enumerators and a record (size,
     * align, 2 members: 6): 15; aligned_bare_and_refs.h has an enum (size, align, underlying type and one
     * enumerator: 4), 3 records (6) and 4 members (8): 18; pack_push_invalid.h has 2 records and 4
     * members: 12; bitfield_whole_width.h has 18 records (36), 5 typedefs (10), 24 plain members (48) and 20
     * named bit-fields: 114; bitfield_overaligned_type.h has 13 records (26), 3 typedefs (6), 26 plain
     * members (52) and 16 named bit-fields: 100.
     */
    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
        "bitfield_attributes.h, x86_64, 40", "bitfield_attributes.h, i386, 40",
        "bitfield_attributes.h, aarch64, 40", "bitfield_attributes.h, s390x, 40",
        "pragma_pack_edges.h, x86_64, 101", "pragma_pack_edges.h, i386, 101",
        "pragma_pack_edges.h, aarch64, 101", "pragma_pack_edges.h, s390x, 101",
        "prototype_tag.h, x86_64, 10", "prototype_tag.h, i386, 10", "prototype_tag.h, aarch64, 10",
        "prototype_tag.h, s390x, 10",
        "aligned_order.h, x86_64, 39", "aligned_order.h, i386, 39", "aligned_order.h, aarch64, 39", "aligned_order.h, s390x, 39", "aligned_order.h, armhf, 39", "aligned_order.h, riscv64, 39", "aligned_order.h, ppc64el, 39", "aligned_order.h, mips64el, 39",
        "enum_cast.h, x86_64, 22", "enum_cast.h, i386, 22", "enum_cast.h, aarch64, 22", "enum_cast.h, s390x, 22", "enum_cast.h, armhf, 22", "enum_cast.h, riscv64, 22", "enum_cast.h, ppc64el, 22", "enum_cast.h, mips64el, 22",
        "pack_pop_unknown.h, x86_64, 10", "pack_pop_unknown.h, i386, 10", "pack_pop_unknown.h, aarch64, 10", "pack_pop_unknown.h, s390x, 10", "pack_pop_unknown.h, armhf, 10", "pack_pop_unknown.h, riscv64, 10", "pack_pop_unknown.h, ppc64el, 10", "pack_pop_unknown.h, mips64el, 10",
        "packed_bitfields_and_pointers.h, x86_64, 27", "packed_bitfields_and_pointers.h, i386, 27", "packed_bitfields_and_pointers.h, aarch64, 27", "packed_bitfields_and_pointers.h, s390x, 27", "packed_bitfields_and_pointers.h, armhf, 27", "packed_bitfields_and_pointers.h, riscv64, 27", "packed_bitfields_and_pointers.h, ppc64el, 27", "packed_bitfields_and_pointers.h, mips64el, 27",
        "enum_aligned.h, x86_64, 15", "enum_aligned.h, i386, 15", "enum_aligned.h, aarch64, 15", "enum_aligned.h, s390x, 15", "enum_aligned.h, armhf, 15", "enum_aligned.h, riscv64, 15", "enum_aligned.h, ppc64el, 15", "enum_aligned.h, mips64el, 15",
        "aligned_bare_and_refs.h, x86_64, 18", "aligned_bare_and_refs.h, i386, 18", "aligned_bare_and_refs.h, aarch64, 18", "aligned_bare_and_refs.h, s390x, 18", "aligned_bare_and_refs.h, armhf, 18", "aligned_bare_and_refs.h, riscv64, 18", "aligned_bare_and_refs.h, ppc64el, 18", "aligned_bare_and_refs.h, mips64el, 18",
        "pack_push_invalid.h, x86_64, 12", "pack_push_invalid.h, i386, 12", "pack_push_invalid.h, aarch64, 12", "pack_push_invalid.h, s390x, 12", "pack_push_invalid.h, armhf, 12", "pack_push_invalid.h, riscv64, 12", "pack_push_invalid.h, ppc64el, 12", "pack_push_invalid.h, mips64el, 12",
        "bitfield_whole_width.h, x86_64, 114", "bitfield_whole_width.h, i386, 114", "bitfield_whole_width.h, aarch64, 114", "bitfield_whole_width.h, s390x, 114", "bitfield_whole_width.h, armhf, 114", "bitfield_whole_width.h, riscv64, 114", "bitfield_whole_width.h, ppc64el, 114", "bitfield_whole_width.h, mips64el, 114",
        "bitfield_overaligned_type.h, x86_64, 100", "bitfield_overaligned_type.h, i386, 100", "bitfield_overaligned_type.h, aarch64, 100", "bitfield_overaligned_type.h, s390x, 100", "bitfield_overaligned_type.h, armhf, 100", "bitfield_overaligned_type.h, riscv64, 100", "bitfield_overaligned_type.h, ppc64el, 100", "bitfield_overaligned_type.h, mips64el, 100"})
    void everyNumberEqualsGccs(String header, String targetName, int numbers) throws Exception {
        Judged judged = judge(header, targetName);
        Diagnostics diags = judged.diags();
        Differential.Outcome out = judged.out();

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
        Judged judged = judge("unmodelled_types.h", targetName);
        Diagnostics diags = judged.diags();
        Differential.Outcome out = judged.out();

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

    /**
     * One construct jbindgen does not model, in a fixture beside constructs it does: an error at the
     * construct's file:line:col naming it, no number for the records that depend on it (those named,
     * space-separated), and every other number, which gcc checks (pinned count).
     * <ul>
     *   <li>pointer_aligned.h: {@code aligned} after a {@code *} gives that pointer type an alignment of its
     *       own (gcc lowers {@code m4} to 2 and puts it at offset 2); pa_before and pa_plain keep theirs
     *       (size, align and one member's offset and size each, plus pa_plain.c: 10).</li>
     *   <li>typedef_redeclared.h: a typedef declared again with a larger alignment, which gcc gives the uses
     *       after it only; every record using the name (before or after) has no number; the other
     *       redeclarations keep their first alignment as gcc does: tr_a, tr_b, tr_c, tr_plain (size, align
     *       and two members each: 24) and the two rows of tr_kept, tr_lower and tr_same (12): 36.</li>
     *   <li>mode_attributes.h: mode(SF) and mode(DF) on floating members are modelled, a vector mode is not:
     *       ma_df, ma_sf, ma_typedef, ma_plain (24), ma_int (size, align, three members: 8) and the typedef
     *       ma_f64 (2): 34. riscv64's gcc has no V4SI mode and rejects the header, so it is left out.</li>
     * </ul>
     */
    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(quoteCharacter = '"', value = {
        "pointer_aligned.h, x86_64, 2, 'aligned' after '*', pa_ptr, pa_plain, 10",
        "pointer_aligned.h, i386, 2, 'aligned' after '*', pa_ptr, pa_plain, 10",
        "typedef_redeclared.h, x86_64, 15, tr_raised, tr_before tr_after, tr_plain, 36",
        "typedef_redeclared.h, i386, 15, tr_raised, tr_before tr_after, tr_plain, 36",
        "typedef_redeclared.h, aarch64, 15, tr_raised, tr_before tr_after, tr_plain, 36",
        "typedef_redeclared.h, s390x, 15, tr_raised, tr_before tr_after, tr_plain, 36",
        "mode_attributes.h, x86_64, 8, mode 'V4SI', ma_vector, ma_plain, 34",
        "mode_attributes.h, i386, 8, mode 'V4SI', ma_vector, ma_plain, 34",
        "mode_attributes.h, aarch64, 8, mode 'V4SI', ma_vector, ma_plain, 34",
        "mode_attributes.h, s390x, 8, mode 'V4SI', ma_vector, ma_plain, 34",
        "mode_attributes.h, armhf, 8, mode 'V4SI', ma_vector, ma_plain, 34",
        "mode_attributes.h, ppc64el, 8, mode 'V4SI', ma_vector, ma_plain, 34",
        "mode_attributes.h, mips64el, 8, mode 'V4SI', ma_vector, ma_plain, 34"})
    void anUnmodelledConstructIsDiagnosedAndCostsNothingElse(String header, String targetName, int line, String what,
            String dependents, String kept, int numbers) throws Exception {
        Judged judged = judge(header, targetName);

        assertThat(judged.diags().all()).extracting(Diagnostic::format)
                .anyMatch(e -> e.contains(header + ":" + line + ":") && e.contains(what) && e.contains("[unsupported-"));
        for (String dependent : dependents.split(" ")) {
            assertThat(judged.out().json()).doesNotContain("\"c\": \"struct " + dependent + "\"");
        }
        assertThat(judged.out().json()).contains("\"c\": \"struct " + kept + "\"");
        assertThat(judged.out().verdict().mismatches()).isEmpty();
        assertThat(judged.out().verdict().compared()).isEqualTo(numbers);
    }

    /** The front end's diagnostics for a fixture and gcc's judgement of its numbers. */
    private record Judged(Diagnostics diags, Differential.Outcome out) {
    }

    private static Judged judge(String header, String targetName) throws Exception {
        Path file = DIR.resolve(header).toAbsolutePath();
        GccTarget gcc = GccTarget.require(Target.byName(targetName).orElseThrow());
        Diagnostics diags = new Diagnostics();
        TranslationUnit unit = FrontEnd.parse(file, PreprocessorOptions.of(gcc.target(), List.of()), diags);
        return new Judged(diags, Differential.run(unit, file, gcc));
    }
}
