package io.jbindgen;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.diag.Diagnostic;
import io.jbindgen.output.GeneratedFile;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Generator#generate} over the real front end, layout engine and emitter. */
class GeneratorEndToEndTest {

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(GeneratorEndToEndTest.class.getResource("/cli/" + name).toURI());
    }

    @Test
    void twoTargetsIntoTwoPackagesWithTheirOwnLayouts() throws URISyntaxException {
        GenerationResult result = Generator.generate(GenerationRequest.builder()
                .header(fixture("uses_small.h"))
                .output("x86_64", "io.test.x64").output("i386", "io.test.x32").build());

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.files()).extracting(GeneratedFile::path)
                .anyMatch(p -> p.startsWith("io/test/x64/")).anyMatch(p -> p.startsWith("io/test/x32/"))
                .isSorted();
        assertThat(result.filesRead()).containsExactly(fixture("small.h"), fixture("uses_small.h"));
    }

    @Test
    void everyPathAnIncludeSearchFoundEmptyIsReported(@TempDir Path dir) throws IOException {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Path d = Files.createDirectories(dir.resolve("d"));
        Files.writeString(b.resolve("inc.h"), "#define N 4\n");
        Files.writeString(b.resolve("loc.h"), "#define M 1\n");
        Path main = Files.writeString(d.resolve("main.h"),
                "#include <inc.h>\n#include \"loc.h\"\nstruct s { char c[N + M]; };\n");

        GenerationResult result = Generator.generate(GenerationRequest.builder().header(main)
                .includeDir(a).includeDir(b).output("x86_64", "p").build());

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.filesRead()).containsExactly(b.resolve("inc.h"), b.resolve("loc.h"), main);
        assertThat(result.includeMisses()).containsExactly(a.resolve("inc.h"), a.resolve("loc.h"), d.resolve("loc.h"));
    }

    @Test
    void oneBadHeaderMeansNoFilesAtAllAndItsErrorIsPositioned() throws URISyntaxException {
        Path bad = fixture("uses_missing.h");
        GenerationResult result = Generator.generate(GenerationRequest.builder()
                .header(fixture("small.h")).header(bad).output("x86_64", "p").build());

        assertThat(result.files()).isEmpty();
        assertThat(result.diagnostics()).extracting(Diagnostic::format)
                .anyMatch(d -> d.startsWith(bad + ":2:") && d.contains(": error: "));
    }
}
