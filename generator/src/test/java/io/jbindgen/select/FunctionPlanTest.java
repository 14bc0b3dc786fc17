package io.jbindgen.select;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.abi.Layouts;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.emit.EmitOptions;
import io.jbindgen.emit.JavaEmitter;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.naming.FunctionOptions;
import io.jbindgen.output.GeneratedFile;
import io.jbindgen.parse.FrontEnd;
import io.jbindgen.preprocess.PreprocessorOptions;
import io.jbindgen.target.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The functions and variables of a header in its selection plan: which are bound and why, which are
 * skipped and why, and their method names, on a real front-end run. Expected names are written out by
 * hand from the C text and Java's rules ({@code Object}'s methods, the functions class's own members).
 */
class FunctionPlanTest {
    @TempDir
    Path dir;

    private Path header;

    @BeforeEach
    void headers() throws IOException {
        Files.writeString(dir.resolve("inc.h"), "int inc_fn(int x);\n");
        header = Files.writeString(dir.resolve("fns.h"), """
                #include "inc.h"
                int toString(void);
                int wait(int *status);
                struct big { int a; };
                struct big get_big(void);
                extern int counter;
                int hidden(void);
                int LIBRARY(void);
                int lastErrno(void);
                """);
    }

    private record Run(SelectionPlan plan, List<GeneratedFile> files) {
    }

    private Run run(Target target, FunctionOptions functions, SelectionRule... rules) {
        Diagnostics diags = new Diagnostics();
        TranslationUnit unit = FrontEnd.parse(header, PreprocessorOptions.of(target, List.of(dir)), diags);
        Layouts layouts = Layouts.compute(unit, target, diags);
        assertThat(diags.hasErrors()).as(diags.all().toString()).isFalse();
        List<SelectionRule> all = new ArrayList<>(List.of(rules));
        all.addAll(SelectionRule.functions(functions));
        SelectionPolicy policy = new SelectionPolicy(all, List.of());
        SelectionPlan types = Selector.plan(unit, key -> layouts.record(key).isPresent(), "p", List.of(), policy);
        SelectionPlan plan = JavaEmitter.planFunctions(unit, layouts::record, target, types, policy);
        EmitOptions options = new EmitOptions("p", null, functions);
        return new Run(plan, JavaEmitter.emit(unit, layouts::record, target, options, plan));
    }

    private static Map<String, String> codes(SelectionPlan plan) {
        return plan.declarations().stream().filter(d -> d.kind() == DeclarationKind.FUNCTION)
                .collect(Collectors.toMap(PlannedDeclaration::cName, PlannedDeclaration::code));
    }

    private static String functionsClass(Run run) {
        return run.files().stream().filter(f -> f.path().equals("p/FnsFunctions.java")).findFirst().orElseThrow()
                .content();
    }

    @Test
    void functionsAreDecidedOnAndNamedInThePlan() {
        Run run = run(Target.X86_64, new FunctionOptions(List.of(), List.of(), List.of("hidden"), List.of()),
                SelectionRule.exclude(DeclarationKind.STRUCT, "big"));
        assertThat(codes(run.plan())).containsEntry("inc_fn", "translation-unit")
                .containsEntry("toString", "main-file")
                .containsEntry("get_big", "no-call-layout")
                .containsEntry("hidden", "excluded")
                .containsEntry("counter", "main-file");
        assertThat(run.plan().functions()).containsExactly(Map.entry("inc_fn", "inc_fn"),
                Map.entry("toString", "toString_"), Map.entry("wait", "wait"), Map.entry("counter", "counter"),
                Map.entry("LIBRARY", "LIBRARY_2"), Map.entry("lastErrno", "lastErrno_2"));
        assertThat(run.plan().skipped()).extracting(PlannedDeclaration::describe)
                .anyMatch(line -> line.endsWith(": skipped function hidden: excluded by --exclude-function hidden "
                        + "[excluded]"));
        String source = functionsClass(run);
        assertThat(source).contains(" toString_()", " wait(MemorySegment status)", " LIBRARY_2()", " lastErrno_2()",
                "Not bound, because a parameter or the result has no FFM layout here", "<code>get_big</code>")
                .doesNotContain(" hidden()");
    }

    @Test
    void aPointerIsALongOnA32BitTargetSoWaitWouldHideObjectWait() {
        Run run = run(Target.I386, FunctionOptions.DEFAULT);
        assertThat(run.plan().function("wait")).contains("wait_");
        assertThat(functionsClass(run)).contains(" wait_(long status)");
    }

    @Test
    void includeRulesNarrowTheFunctionsToTheirMatches() {
        Run run = run(Target.X86_64, new FunctionOptions(List.of(), List.of("inc.h:*", "counter"), List.of(),
                List.of()));
        assertThat(run.plan().functions().keySet()).containsExactly("inc_fn", "counter");
        assertThat(run(Target.X86_64, FunctionOptions.DEFAULT).plan().function("get_big")).contains("get_big");
        assertThat(codes(run.plan())).containsEntry("inc_fn", "included").containsEntry("wait", "not-included");
    }
}
