package io.jbindgen.select;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.abi.Layouts;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.emit.EmitOptions;
import io.jbindgen.emit.JavaEmitter;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.parse.FrontEnd;
import io.jbindgen.preprocess.PreprocessorOptions;
import io.jbindgen.target.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The selection-and-naming pass on a real front-end run: a header {@code dev/main.h} that includes
 * {@code arch/inc.h}. Expected names and reasons are written out by hand from the C text.
 */
class SelectorTest {
    @TempDir
    Path dir;

    private Path main;
    private Path inc;

    @BeforeEach
    void headers() throws IOException {
        Files.createDirectories(dir.resolve("dev"));
        Files.createDirectories(dir.resolve("arch"));
        inc = Files.writeString(dir.resolve("arch/inc.h"), """
                #define INC_A 2
                #define OTHER 3
                struct inner { int q; };
                struct unused { int u; };
                enum color { RED, GREEN };
                """);
        main = Files.writeString(dir.resolve("dev/main.h"), """
                #include <arch/inc.h>
                #define MAIN_X 1
                struct outer { struct inner in; enum color c; };
                typedef struct { int y; } anon_t;
                struct { int z; } unnamed_var;
                struct fwd;
                union both { int i; struct { int a; int b; }; };
                #define MAIN_SCALED(x) ((x) * 4)
                #define MAIN_HALF 0.5
                """);
    }

    private SelectionPlan plan(Path header, SelectionPolicy policy) {
        Diagnostics diags = new Diagnostics();
        TranslationUnit unit = FrontEnd.parse(header, PreprocessorOptions.of(Target.X86_64, List.of(dir)), diags);
        Layouts layouts = Layouts.compute(unit, Target.X86_64, diags);
        assertThat(diags.hasErrors()).as(diags.all().toString()).isFalse();
        return Selector.plan(unit, key -> layouts.record(key).isPresent(), "p", List.of(), policy);
    }

    private static Map<String, String> codes(SelectionPlan plan) {
        return plan.declarations().stream().collect(Collectors.toMap(
                d -> d.kind() + " " + (d.cName() != null ? d.cName() : "anonymous@" + d.position().line()),
                PlannedDeclaration::code, (a, b) -> a + "," + b));
    }

    @Test
    void byDefaultTheHeadersOwnDeclarationsAndWhatTheyReach() {
        SelectionPlan plan = plan(main, SelectionPolicy.DEFAULT);
        assertThat(plan.records().values()).containsExactly("Outer", "AnonT", "Both", "Inner");
        assertThat(plan.enums()).containsEntry("enum color", "Color");
        assertThat(plan.constantsClass()).isEqualTo("Main");
        assertThat(plan.functionsClass()).isEqualTo("MainFunctions");
        assertThat(plan.constants()).extracting(PlannedConstant::cName).containsExactly("MAIN_X");
        Map<String, String> codes = codes(plan);
        assertThat(codes).containsEntry("STRUCT struct outer", "main-file")
                .containsEntry("STRUCT struct inner", "member-type")
                .containsEntry("STRUCT struct unused", "not-in-header")
                .containsEntry("STRUCT struct fwd", "incomplete")
                .containsEntry("STRUCT anonymous@5", "record-unnamed")
                .containsEntry("STRUCT anonymous@7", "flattened")
                .containsEntry("ENUM enum color", "member-type")
                .containsEntry("CONSTANT INC_A", "not-in-header")
                .containsEntry("CONSTANT RED", "not-in-header")
                .containsEntry("CONSTANT MAIN_X", "main-file");
        assertThat(plan.skipped()).extracting(PlannedDeclaration::key).contains("struct unused", "INC_A")
                .doesNotContain("struct outer");
    }

    @Test
    void whatTheFrontEndCannotModelIsReportedButNeverOfferedAsAnInclude() {
        SelectionPlan plan = plan(main, SelectionPolicy.DEFAULT);
        Map<String, String> skipped = plan.skipped().stream()
                .collect(Collectors.toMap(PlannedDeclaration::key, PlannedDeclaration::code, (a, b) -> a));
        assertThat(skipped).containsEntry("MAIN_SCALED", "macro-function-like")
                .containsEntry("MAIN_HALF", "macro-floating")
                .doesNotContainKey("MAIN_X");
        SelectionListing listing = new SelectionListing();
        listing.addIncludes(plan);
        assertThat(listing.includeLines()).anyMatch(line -> line.startsWith("--include-constant MAIN_X "))
                .noneMatch(line -> line.contains("MAIN_SCALED") || line.contains("MAIN_HALF"));
    }

    @Test
    void anonymityComesFromTheModelAndATypedefNamesTheRecord() {
        SelectionPlan plan = plan(main, SelectionPolicy.DEFAULT);
        PlannedDeclaration anon = plan.declarations().stream().filter(d -> "anon_t".equals(d.cName()))
                .findFirst().orElseThrow();
        assertThat(anon.key()).startsWith("struct (anonymous at ");
        assertThat(anon.javaName()).isEqualTo("AnonT");
        assertThat(plan.typedefs().get(anon.key())).containsExactly("anon_t");
    }

    @Test
    void includeRulesReachIntoIncludedHeadersKindByKind() {
        SelectionPlan plan = plan(main, new SelectionPolicy(List.of(SelectionRule.include(DeclarationKind.CONSTANT,
                "INC_*"), SelectionRule.include(DeclarationKind.STRUCT, "inc.h:unused")), List.of()));
        assertThat(plan.constants()).extracting(PlannedConstant::cName).containsExactly("INC_A");
        assertThat(plan.constants()).extracting(PlannedConstant::javaName).containsExactly("INC_A");
        assertThat(plan.records().values()).containsExactly("Unused", "Both");
        Map<String, String> codes = codes(plan);
        assertThat(codes).containsEntry("STRUCT struct unused", "included")
                .containsEntry("STRUCT struct outer", "not-included")
                .containsEntry("CONSTANT MAIN_X", "not-included")
                .containsEntry("CONSTANT OTHER", "not-included")
                .containsEntry("UNION union both", "main-file");
    }

    @Test
    void anExcludedRecordGetsNoClassEvenWhenAMemberReachesIt() {
        SelectionPlan plan = plan(main, new SelectionPolicy(List.of(SelectionRule.exclude(DeclarationKind.STRUCT,
                "inner"), SelectionRule.exclude(DeclarationKind.TYPEDEF, "anon_t")), List.of()));
        assertThat(plan.records().values()).containsExactly("Outer", "Both");
        assertThat(codes(plan)).containsEntry("STRUCT struct inner", "excluded")
                .containsEntry("STRUCT anon_t", "excluded");
    }

    @Test
    void aDeclarationOfAnotherHeaderOfTheRunIsGeneratedWithThatHeader() {
        SelectionPolicy shared = new SelectionPolicy(List.of(SelectionRule.include(DeclarationKind.CONSTANT, "*")),
                List.of(main, inc));
        SelectionPlan mainPlan = plan(main, shared);
        assertThat(mainPlan.constants()).extracting(PlannedConstant::cName).containsExactly("MAIN_X");
        assertThat(codes(mainPlan)).containsEntry("CONSTANT INC_A", "other-header");
        SelectionPlan incPlan = plan(inc, shared);
        assertThat(incPlan.constants()).extracting(PlannedConstant::cName)
                .containsExactly("INC_A", "OTHER", "RED", "GREEN");
    }

    @Test
    void headersWithOneFileNameInOneRunAreNamedByTheirFolder() throws IOException {
        Path other = Files.writeString(dir.resolve("arch/main.h"), "#define ARCH_X 1\n");
        SelectionPolicy shared = new SelectionPolicy(List.of(), List.of(main, other));
        assertThat(plan(main, shared).constantsClass()).isEqualTo("DevMain");
        assertThat(plan(other, shared).constantsClass()).isEqualTo("ArchMain");
        assertThat(plan(other, shared).functionsClass()).isEqualTo("ArchMainFunctions");
    }

    @Test
    void membersAreNamedInThePlanAndTheRecordClassUsesThoseNames() throws IOException {
        Path names = Files.writeString(dir.resolve("dev/names.h"), """
                struct names {
                    int segment;
                    int num_vq;
                    int numVq;
                    int x_segment;
                    int x;
                    union { int a; struct { int b; }; };
                    int : 3;
                    int m[2][3];
                    int *p;
                    int set_p;
                };
                """);
        SelectionPlan plan = plan(names, SelectionPolicy.DEFAULT);
        assertThat(plan.members("struct names")).containsExactly(
                new PlannedMember("segment", "segment_2", "SEGMENT_2", false),
                new PlannedMember("num_vq", "numVq", "NUM_VQ", false),
                new PlannedMember("numVq", "numVq_2", "NUM_VQ_2", false),
                new PlannedMember("x_segment", "xSegment", "X_SEGMENT", false),
                new PlannedMember("x", "x_2", "X_2", false),
                new PlannedMember("a", "a", "A", true),
                new PlannedMember("b", "b", "B", true),
                new PlannedMember("m", "m", "M", false),
                new PlannedMember("p", "p", "P", false),
                new PlannedMember("set_p", "setP_2", "SET_P_2", false));
        Diagnostics diags = new Diagnostics();
        TranslationUnit unit = FrontEnd.parse(names, PreprocessorOptions.of(Target.X86_64, List.of(dir)), diags);
        Layouts layouts = Layouts.compute(unit, Target.X86_64, diags);
        String source = JavaEmitter.emit(unit, layouts::record, Target.X86_64, EmitOptions.of("p"), plan).stream()
                .filter(f -> f.path().equals("p/Names.java")).findFirst().orElseThrow().content();
        assertThat(source).contains("public int segment_2()", "public int numVq_2()", "public int x_2()",
                "public int b()", "M_LENGTH_1", "NUM_VQ_2_OFFSET",
                "public Names setP(MemorySegment", "public int setP_2()");
    }

    @Test
    void plansAreComparableValues() {
        SelectionPlan a = plan(main, SelectionPolicy.DEFAULT);
        SelectionPlan b = plan(main, SelectionPolicy.DEFAULT);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        SelectionPlan c = plan(main, new SelectionPolicy(List.of(SelectionRule.exclude(DeclarationKind.CONSTANT,
                "MAIN_X")), List.of()));
        assertThat(c).isNotEqualTo(a);
        assertThat(c.constants()).isEmpty();
    }

    @Test
    void aPlanOfTypesOnlyHasTheSameRecordsAndNoConstants() {
        Diagnostics diags = new Diagnostics();
        TranslationUnit unit = FrontEnd.parse(main, PreprocessorOptions.of(Target.X86_64, List.of(dir)), diags);
        Layouts layouts = Layouts.compute(unit, Target.X86_64, diags);
        SelectionPlan types = Selector.planTypes(unit, key -> layouts.record(key).isPresent(), SelectionPolicy.DEFAULT);
        SelectionPlan full = plan(main, SelectionPolicy.DEFAULT);
        assertThat(types.records()).isEqualTo(full.records());
        assertThat(types.constants()).isEmpty();
        assertThat(types.declarations()).noneMatch(d -> d.kind() == DeclarationKind.CONSTANT);
    }

    @Test
    void aBadPatternIsNamedWithItsRule() {
        SelectionPolicy policy = new SelectionPolicy(List.of(SelectionRule.include(DeclarationKind.STRUCT, "a[b")),
                List.of());
        assertThat(policy.problem()).startsWith("--include-struct a[b: ").contains("is not a C name or glob");
    }
}
