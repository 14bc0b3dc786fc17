package io.jbindgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jbindgen.abi.Target;
import io.jbindgen.diag.Diagnostic;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GeneratorTest {

    /** A pipeline that records its calls and answers from the header's name. */
    private static final class ScriptedPipeline implements HeaderPipeline {
        final List<String> calls = new ArrayList<>();

        @Override
        public Output run(Path header, GenerationRequest request, Target target, String javaPackage,
                Diagnostics diagnostics) {
            String name = header.getFileName().toString();
            calls.add(name + "@" + target.name());
            if (name.startsWith("bad")) {
                diagnostics.error(new Position(name, 3, 5), "bad-thing", "bad");
            }
            if (name.startsWith("warn")) {
                diagnostics.warning(new Position(name, 1, 1), "odd-thing", "odd");
            }
            if (name.startsWith("boom")) {
                throw new IllegalStateException("boom");
            }
            String dir = javaPackage.replace('.', '/');
            return new Output(List.of(new GeneratedFile(dir + "/Z" + name + ".java", "z"),
                    new GeneratedFile(dir + "/A" + name + ".java", "a")),
                    List.of("/inc/" + name, "/inc/common.h", "<built-in>/stddef.h"));
        }
    }

    private static GenerationRequest.Builder request(String... headers) {
        GenerationRequest.Builder b = GenerationRequest.builder();
        for (String h : headers) {
            b.header(Path.of(h));
        }
        return b;
    }

    @Test
    void runsEveryHeaderForEveryTargetAndSortsFiles() {
        ScriptedPipeline pipeline = new ScriptedPipeline();
        GenerationResult result = Generator.generate(request("b.h", "a.h")
                .output("x86_64", "p.x").output("i386", "p.y").build(), pipeline);

        assertThat(pipeline.calls).containsExactly("b.h@x86_64", "b.h@i386", "a.h@x86_64", "a.h@i386");
        assertThat(result.files()).extracting(GeneratedFile::path).containsExactly(
                "p/x/Aa.h.java", "p/x/Ab.h.java", "p/x/Za.h.java", "p/x/Zb.h.java",
                "p/y/Aa.h.java", "p/y/Ab.h.java", "p/y/Za.h.java", "p/y/Zb.h.java");
        assertThat(result.filesRead()).containsExactly(Path.of("/inc/a.h"), Path.of("/inc/b.h"),
                Path.of("/inc/common.h"));
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void anyErrorDropsAllFilesButKeepsEveryDiagnosticOnce() {
        GenerationResult result = Generator.generate(request("warn.h", "bad.h")
                .output("x86_64", "p.x").output("aarch64", "p.a").build(), new ScriptedPipeline());

        assertThat(result.files()).isEmpty();
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.diagnostics()).extracting(Diagnostic::format).containsExactly(
                "warn.h:1:1: warning: odd [odd-thing]", "bad.h:3:5: error: bad [bad-thing]");
    }

    @Test
    void unknownTargetIsADiagnosticNamingTheKnownOnes() {
        ScriptedPipeline pipeline = new ScriptedPipeline();
        GenerationResult result = Generator.generate(request("a.h").output("vax", "p").build(), pipeline);

        assertThat(pipeline.calls).isEmpty();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("unknown-target");
            assertThat(d.message()).contains("'vax'", "x86_64", "i386");
        });
    }

    @Test
    void twoTargetsIntoOnePackageIsAnError() {
        GenerationResult result = Generator.generate(request("a.h")
                .output("x86_64", "p").output("i386", "p").build(), new ScriptedPipeline());

        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("duplicate-package");
        assertThat(result.files()).isEmpty();
    }

    @Test
    void noOutputIsAnError() {
        GenerationResult result = Generator.generate(request("a.h").build(), new ScriptedPipeline());

        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("no-output");
    }

    @Test
    void unexpectedFailureNamesTheHeader() {
        GenerationRequest request = request("a.h", "boom.h").output("x86_64", "p").build();

        assertThatThrownBy(() -> Generator.generate(request, new ScriptedPipeline()))
                .isInstanceOf(GeneratorBugException.class)
                .hasMessageContaining("boom.h")
                .hasRootCauseMessage("boom");
    }

    @Test
    void versionIsTheProjectVersionFromThePom() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL).matcher(pom);
        assertThat(m.find()).isTrue();

        assertThat(Generator.version()).isEqualTo(m.group(1));
    }
}
