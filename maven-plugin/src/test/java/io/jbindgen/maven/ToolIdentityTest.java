package io.jbindgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class ToolIdentityTest {

    @org.junit.jupiter.api.io.TempDir
    Path dir;

    @Test
    void releasesAreIdentifiedByTheirVersions() throws Exception {
        assertThat(ToolIdentity.describe("1.0", "2.0", List.of(Assertions.class))).isEqualTo("1.0/2.0");
    }

    @Test
    void snapshotsAddAHashOfTheJarsEntryTable() throws Exception {
        Path jar = Path.of(Assertions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String first = ToolIdentity.describe("1.0-SNAPSHOT", "1.0-SNAPSHOT", List.of(Assertions.class));
        assertThat(first).matches("1\\.0-SNAPSHOT/1\\.0-SNAPSHOT/[0-9a-f]{1,16}");

        // The same entries in a copy of the jar with different timestamps: same identity.
        Path copy = dir.resolve("copy.jar");
        try (var in = new java.util.zip.ZipFile(jar.toFile());
                var out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(copy))) {
            for (var entry : java.util.Collections.list(in.entries())) {
                var e = new java.util.zip.ZipEntry(entry.getName());
                e.setTime(0);
                out.putNextEntry(e);
                in.getInputStream(entry).transferTo(out);
                out.closeEntry();
            }
        }
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {copy.toUri().toURL()}, null)) {
            Class<?> copied = loader.loadClass(Assertions.class.getName());
            assertThat(ToolIdentity.describe("1.0-SNAPSHOT", "1.0-SNAPSHOT", List.of(copied))).isEqualTo(first);
        }
    }

    @Test
    void aChangedJarEntryChangesTheIdentity() throws Exception {
        Path a = jarWith("x/A.class", "one");
        Path b = jarWith("x/A.class", "two");
        assertThat(identityOfJar(a)).isNotEqualTo(identityOfJar(b));
        assertThat(identityOfJar(a)).isEqualTo(identityOfJar(jarWith("x/A.class", "one")));
    }

    private Path jarWith(String name, String content) throws Exception {
        Path jar = java.nio.file.Files.createTempFile(dir, "t", ".jar");
        try (var out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.zip.ZipEntry("io/jbindgen/maven/Marker.class"));
            try (var in = ToolIdentityTest.class.getResourceAsStream("Marker.class")) {
                in.transferTo(out);
            }
            out.putNextEntry(new java.util.zip.ZipEntry(name));
            out.write(content.getBytes());
        }
        return jar;
    }

    private static String identityOfJar(Path jar) throws Exception {
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null)) {
            return ToolIdentity.describe("1-SNAPSHOT", "1", List.of(loader.loadClass("io.jbindgen.maven.Marker")));
        }
    }

    @Test
    void snapshotsLoadedFromAClassDirectoryHashItsFiles() throws Exception {
        String first = ToolIdentity.describe("1-SNAPSHOT", "1", List.of(ToolIdentityTest.class));
        assertThat(first).matches("1-SNAPSHOT/1/[0-9a-f]{64}");
        assertThat(ToolIdentity.describe("1-SNAPSHOT", "1", List.of(ToolIdentityTest.class))).isEqualTo(first);
    }
}
