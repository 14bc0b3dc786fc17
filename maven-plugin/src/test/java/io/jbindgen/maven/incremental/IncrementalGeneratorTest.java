package io.jbindgen.maven.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.GenerationRequest;
import io.jbindgen.GenerationResult;
import io.jbindgen.diag.Diagnostic;
import io.jbindgen.diag.Severity;
import io.jbindgen.model.Position;
import io.jbindgen.output.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The up-to-date decision and the failure behaviour, with a fake generator that records its calls. */
class IncrementalGeneratorTest {

    @TempDir
    Path dir;

    Path header;
    Path included;
    Path out;
    Path state;
    final List<GenerationRequest> calls = new ArrayList<>();
    List<GeneratedFile> nextFiles = List.of(new GeneratedFile("p/A.java", "A1"), new GeneratedFile("p/B.java", "B1"));
    List<Diagnostic> nextDiagnostics = List.of();

    final Function<GenerationRequest, GenerationResult> fake = request -> {
        calls.add(request);
        return new GenerationResult(nextDiagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR)
                ? List.of() : nextFiles, nextDiagnostics, List.of(header, included));
    };

    @BeforeEach
    void files() throws IOException {
        header = Files.writeString(dir.resolve("main.h"), "#include \"inc.h\"\n");
        included = Files.writeString(dir.resolve("inc.h"), "struct s { int x; };\n");
        out = dir.resolve("out");
        state = dir.resolve("state/exec");
    }

    private Outcome run(String parameters) throws IOException {
        GenerationRequest request = GenerationRequest.builder().header(header).output("x86_64", "p").build();
        return new IncrementalGenerator(fake).run(new IncrementalGenerator.Job(request, out, state, parameters,
                false, false));
    }

    @Test
    void secondRunWithNothingChangedIsUpToDateAndCallsNoGenerator() throws IOException {
        assertThat(run("v1")).isEqualTo(new Outcome.Generated(2, 2, 0, List.of()));
        FileTime before = Files.getLastModifiedTime(out.resolve("p/A.java"));

        assertThat(run("v1")).isInstanceOf(Outcome.UpToDate.class);
        assertThat(calls).hasSize(1);
        assertThat(Files.getLastModifiedTime(out.resolve("p/A.java"))).isEqualTo(before);
    }

    @Test
    void aChangeInAnIncludedHeaderRegenerates() throws IOException {
        run("v1");
        Files.writeString(included, "struct s { int x, y; };\n");
        nextFiles = List.of(new GeneratedFile("p/A.java", "A2"), new GeneratedFile("p/B.java", "B1"));

        assertThat(run("v1")).isEqualTo(new Outcome.Generated(2, 1, 0, List.of()));
        assertThat(calls).hasSize(2);
        assertThat(out.resolve("p/A.java")).hasContent("A2");
    }

    @Test
    void aChangedParameterRegenerates() throws IOException {
        run("v1");
        assertThat(run("v2")).isEqualTo(new Outcome.Generated(2, 0, 0, List.of()));
        assertThat(calls).hasSize(2);
    }

    @Test
    void aDeletedGeneratedFileIsRestored() throws IOException {
        run("v1");
        Files.delete(out.resolve("p/B.java"));
        assertThat(run("v1")).isEqualTo(new Outcome.Generated(2, 1, 0, List.of()));
        assertThat(out.resolve("p/B.java")).hasContent("B1");
    }

    @Test
    void filesNoLongerGeneratedAreDeleted() throws IOException {
        run("v1");
        Files.writeString(header, "#include \"inc.h\"\n/* edited */\n");
        nextFiles = List.of(new GeneratedFile("p/A.java", "A1"));
        assertThat(run("v1")).isEqualTo(new Outcome.Generated(1, 0, 1, List.of()));
        assertThat(out.resolve("p/B.java")).doesNotExist();
    }

    @Test
    void errorsWriteNothingAndKeepTheOldStateAndSources() throws IOException {
        run("v1");
        String stateBefore = Files.readString(new StateStore(state).file());
        Files.writeString(included, "struct s { int x };\n");
        Diagnostic error = new Diagnostic(Severity.ERROR, new Position(included.toString(), 1, 18), "expected-semicolon",
                "expected ';'");
        nextDiagnostics = List.of(error);

        assertThat(run("v1")).isEqualTo(new Outcome.Failed(List.of(error)));
        assertThat(out.resolve("p/A.java")).hasContent("A1");
        assertThat(out.resolve("p/B.java")).hasContent("B1");
        assertThat(Files.readString(new StateStore(state).file())).isEqualTo(stateBefore);

        assertThat(run("v1")).isInstanceOf(Outcome.Failed.class);
        assertThat(calls).hasSize(3);
    }

    @Test
    void warningsFailOnlyWhenAskedTo() throws IOException {
        Diagnostic warning = new Diagnostic(Severity.WARNING, new Position("main.h", 2, 1), "skipped", "skipped f");
        nextDiagnostics = List.of(warning);
        assertThat(run("v1")).isEqualTo(new Outcome.Generated(2, 2, 0, List.of(warning)));

        GenerationRequest request = GenerationRequest.builder().header(header).output("x86_64", "p").build();
        Outcome strict = new IncrementalGenerator(fake).run(new IncrementalGenerator.Job(request, out,
                dir.resolve("state/strict"), "v1", true, false));
        assertThat(strict).isEqualTo(new Outcome.Failed(List.of(warning)));
    }

    @Test
    void forceRegeneratesButWritesNothingUnchanged() throws IOException {
        run("v1");
        GenerationRequest request = GenerationRequest.builder().header(header).output("x86_64", "p").build();
        Outcome forced = new IncrementalGenerator(fake).run(new IncrementalGenerator.Job(request, out, state, "v1",
                false, true));
        assertThat(forced).isEqualTo(new Outcome.Generated(2, 0, 0, List.of()));
    }

    @Test
    void twoExecutionsSharingAnOutputDirectoryKeepEachOthersFiles() throws IOException {
        run("v1");
        GenerationRequest request = GenerationRequest.builder().header(header).output("i386", "q").build();
        nextFiles = List.of(new GeneratedFile("q/C.java", "C"));
        new IncrementalGenerator(fake).run(new IncrementalGenerator.Job(request, out, dir.resolve("state/other"),
                "v1", false, false));
        nextFiles = List.of(new GeneratedFile("p/A.java", "A1"));
        Files.writeString(header, "changed");

        run("v1");
        assertThat(out.resolve("q/C.java")).hasContent("C");
        assertThat(out.resolve("p/B.java")).doesNotExist();
    }
}
