package io.jbindgen.maven.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.GenerationRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {

    @TempDir
    Path dir;

    @Test
    void dependsOnContentsAndParametersButNotOnOrderOrTimestamps() throws IOException {
        Path a = Files.writeString(dir.resolve("a.h"), "int a;");
        Path b = Files.writeString(dir.resolve("b.h"), "int b;");
        String first = Fingerprint.of("p", List.of(a, b));

        assertThat(first).hasSize(64).isEqualTo(Fingerprint.of("p", List.of(b, a, a)));
        Files.setLastModifiedTime(a, java.nio.file.attribute.FileTime.fromMillis(0));
        assertThat(Fingerprint.of("p", List.of(a, b))).isEqualTo(first);
        assertThat(Fingerprint.of("q", List.of(a, b))).isNotEqualTo(first);

        Files.writeString(b, "int b2;");
        assertThat(Fingerprint.of("p", List.of(a, b))).isNotEqualTo(first);
        Files.delete(b);
        assertThat(Fingerprint.of("p", List.of(a, b))).isNotEqualTo(first).isNotEqualTo(Fingerprint.of("p", List.of(a)));
    }

    @Test
    void boundariesBetweenItemsMatter() throws IOException {
        Path ab = Files.writeString(dir.resolve("x"), "ab");
        assertThat(Fingerprint.of("pa", List.of())).isNotEqualTo(Fingerprint.of("p", List.of()));
        assertThat(Fingerprint.of("p", List.of(ab))).isNotEqualTo(Fingerprint.of("p" + ab, List.of()));
    }

    @Test
    void describeListsEveryOutputRelevantSetting() {
        GenerationRequest request = GenerationRequest.builder().header(Path.of("/h/a.h")).includeDir(Path.of("/inc"))
                .define("X", "2").define("Y", null).undefine("Z").output("i386", "p").deprecationPattern("old").build();
        assertThat(Fingerprint.describe(request, Path.of("/out"), true, "1.0/2.0")).isEqualTo("""
                versions=1.0/2.0
                outputDirectory=/out
                failOnWarning=true
                header=/h/a.h
                includeDir=/inc
                define=X=2
                define=Y=null
                undefine=Z
                output=i386 p
                deprecationPattern=old
                """);
    }
}
