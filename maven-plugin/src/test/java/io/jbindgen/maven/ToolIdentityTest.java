package io.jbindgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class ToolIdentityTest {

    @Test
    void releasesAreIdentifiedByTheirVersions() throws Exception {
        assertThat(ToolIdentity.describe("1.0", "2.0", List.of(Assertions.class))).isEqualTo("1.0/2.0");
    }

    @Test
    void snapshotsAddTheHashOfTheJarTheCodeCameFrom() throws Exception {
        Path jar = Path.of(Assertions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Process sha = new ProcessBuilder("sha256sum", jar.toString()).start();
        String expected = new String(sha.getInputStream().readAllBytes()).split(" ")[0];
        assertThat(sha.waitFor()).isZero();

        assertThat(ToolIdentity.describe("1.0-SNAPSHOT", "1.0-SNAPSHOT", List.of(Assertions.class)))
                .isEqualTo("1.0-SNAPSHOT/1.0-SNAPSHOT/" + expected);
    }

    @Test
    void snapshotsLoadedFromAClassDirectoryHashItsFiles() throws Exception {
        String first = ToolIdentity.describe("1-SNAPSHOT", "1", List.of(ToolIdentityTest.class));
        assertThat(first).matches("1-SNAPSHOT/1/[0-9a-f]{64}");
        assertThat(ToolIdentity.describe("1-SNAPSHOT", "1", List.of(ToolIdentityTest.class))).isEqualTo(first);
    }
}
