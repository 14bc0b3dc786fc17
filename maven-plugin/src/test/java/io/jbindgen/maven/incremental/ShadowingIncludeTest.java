package io.jbindgen.maven.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.GenerationRequest;
import io.jbindgen.Generator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the real generator: a header that appears in an earlier include directory, and so now shadows
 * the one the last run included, is a change; before it appears, the run is up to date.
 */
class ShadowingIncludeTest {

    @TempDir
    Path dir;

    Path early;
    Path out;
    IncrementalGenerator.Job job;
    final IncrementalGenerator generator = new IncrementalGenerator(Generator::generate);

    @BeforeEach
    void project() throws IOException {
        early = Files.createDirectories(dir.resolve("early"));
        Path late = Files.createDirectories(dir.resolve("late"));
        Files.writeString(late.resolve("dev_limits.h"), "#define SLOTS 4\n");
        Path header = Files.writeString(dir.resolve("dev.h"),
                "#include <dev_limits.h>\nstruct dev { unsigned char slots[SLOTS]; };\n");
        GenerationRequest request = GenerationRequest.builder().header(header).includeDir(early).includeDir(late)
                .output("x86_64", "p").build();
        out = dir.resolve("out");
        job = new IncrementalGenerator.Job(request, out, dir.resolve("state"), "v1", false, false);
    }

    @Test
    void aHeaderNewlyShadowingAnIncludedOneRegenerates() throws IOException {
        assertThat(generator.run(job)).isInstanceOf(Outcome.Generated.class);
        assertThat(out.resolve("p/Dev.java")).content().contains("SLOTS_LENGTH = 4;");
        assertThat(generator.run(job)).isInstanceOf(Outcome.UpToDate.class);

        Files.writeString(early.resolve("dev_limits.h"), "#define SLOTS 9\n");

        assertThat(generator.run(job)).isInstanceOf(Outcome.Generated.class);
        assertThat(out.resolve("p/Dev.java")).content().contains("SLOTS_LENGTH = 9;");
        assertThat(generator.run(job)).isInstanceOf(Outcome.UpToDate.class);
    }

    @Test
    void aDirectoryWhereAnIncludeSearchFoundNothingIsAChangeNotAnError() throws IOException {
        generator.run(job);

        Files.createDirectories(early.resolve("dev_limits.h"));

        assertThat(generator.run(job)).isInstanceOf(Outcome.Generated.class);
        assertThat(generator.run(job)).isInstanceOf(Outcome.UpToDate.class);
    }
}
