package io.jbindgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jbindgen.target.Target;
import io.jbindgen.diag.Diagnostic;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.Position;
import io.jbindgen.output.GeneratedFile;
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
        public Produced run(Path header, GenerationRequest request, GenerationRequest.Output output,
                Diagnostics diagnostics) {
            String name = header.getFileName().toString();
            synchronized (calls) {
                calls.add(name + "@" + output.target().name());
            }
            if (name.startsWith("slow")) {
                sleep();
            }
            if (name.startsWith("bad")) {
                diagnostics.error(new Position(name, 3, 5), "bad-thing", "bad");
            }
            if (name.startsWith("warn")) {
                diagnostics.warning(new Position(name, 1, 1), "odd-thing", "odd");
            }
            if (name.startsWith("boom")) {
                throw new IllegalStateException("boom");
            }
            if (name.startsWith("same")) {
                return new Produced(List.of(new GeneratedFile("p/Same.java", name)), List.of());
            }
            String dir = output.javaPackage().replace('.', '/');
            return new Produced(List.of(new GeneratedFile(dir + "/Z" + name + ".java", "z"),
                    new GeneratedFile(dir + "/A" + name + ".java", "a")),
                    List.of("/inc/" + name, "/inc/common.h", "<built-in>/stddef.h"));
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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

        assertThat(pipeline.calls).containsExactlyInAnyOrder("b.h@x86_64", "b.h@i386", "a.h@x86_64", "a.h@i386");
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
    void badRequestValuesAreInvalidRequestExceptionsNamingTheField() {
        assertThatThrownBy(() -> request("a.h").output("vax", "p")).isInstanceOf(InvalidRequestException.class)
                .hasMessage("outputs[0].target: unknown target 'vax' (known: x86_64, i386, aarch64, s390x, armhf, riscv64, ppc64el, mips64el)");
        assertThatThrownBy(() -> request("a.h").output("x86_64", "p").output("i386", "p").build())
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("outputs[1].javaPackage: Java package 'p' requested for two targets");
        assertThatThrownBy(() -> request("a.h").output("x86_64", "p").output("amd64", "q").build())
                .hasMessage("outputs[1].target: target 'x86_64' requested twice");
        assertThatThrownBy(() -> request("a.h").output("x86_64", "io..x").build())
                .hasMessage("outputs[0].javaPackage: 'io..x' is not a Java package name");
        assertThatThrownBy(() -> request("a.h").output("x86_64", "org.example.class").build())
                .hasMessage("outputs[0].javaPackage: 'org.example.class' is not a Java package name");
        assertThatThrownBy(() -> request("a.h").output("x86_64", "p").deprecationPattern("(").build())
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("deprecationPattern: not a regular expression: Unclosed group");
        assertThatThrownBy(() -> request("a.h").build()).isInstanceOf(InvalidRequestException.class)
                .hasMessage("outputs: no output (target and Java package) requested");
    }

    @Test
    void resultsComeInRequestOrderEvenWhenAnEarlierHeaderIsSlower() {
        List<String> order = new ArrayList<>();
        Generator.generate(request("slow.h", "a.h", "b.h").output("x86_64", "p").build(), new ScriptedPipeline(),
                r -> order.add(r.header().toString()));

        assertThat(order).containsExactly("slow.h", "a.h", "b.h");
    }

    @Test
    void aFileALaterHeaderGeneratesDifferentlyIsACollisionAndTheFirstWins() {
        List<HeaderResult> results = new ArrayList<>();
        Generator.generate(request("same1.h", "same2.h").output("x86_64", "p").build(), new ScriptedPipeline(),
                results::add);

        assertThat(results.get(0).files()).extracting(GeneratedFile::content).containsExactly("same1.h");
        assertThat(results.get(1).files()).isEmpty();
        assertThat(results.get(1).diagnostics()).extracting(Diagnostic::format).containsExactly("same2.h:1:1: error: "
                + "p/Same.java is also generated, with different content, from same1.h; generate them separately"
                + " [output-collision]");
        assertThat(Generator.generate(request("same1.h", "same2.h").output("x86_64", "p").build(),
                new ScriptedPipeline()).files()).isEmpty();
    }

    @Test
    void aBugInOneHeaderIsItsResultAndTheOthersStillRun() {
        List<HeaderResult> results = new ArrayList<>();
        Generator.generate(request("boom.h", "a.h").output("x86_64", "p").build(), new ScriptedPipeline(),
                results::add);

        assertThat(results.get(0).bug()).isInstanceOf(GeneratorBugException.class).hasRootCauseMessage("boom");
        assertThat(results.get(0).failed()).isTrue();
        assertThat(results.get(1).bug()).isNull();
        assertThat(results.get(1).files()).hasSize(2);
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
