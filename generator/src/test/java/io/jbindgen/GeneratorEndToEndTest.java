package io.jbindgen;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.diag.Diagnostic;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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
    void oneBadHeaderMeansNoFilesAtAllAndItsErrorIsPositioned() throws URISyntaxException {
        Path bad = fixture("uses_missing.h");
        GenerationResult result = Generator.generate(GenerationRequest.builder()
                .header(fixture("small.h")).header(bad).output("x86_64", "p").build());

        assertThat(result.files()).isEmpty();
        assertThat(result.diagnostics()).extracting(Diagnostic::format)
                .anyMatch(d -> d.startsWith(bad + ":2:") && d.contains(": error: "));
    }
}
