package io.jbindgen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileOutputTest {

    @TempDir
    Path root;

    @Test
    void writesUnderTheRootCreatingDirectoriesAndLeavesNoTemporaryFiles() throws IOException {
        FileOutput.writeUnder(root, "io/x/Foo.java", "class Foo {}\n");

        assertThat(root.resolve("io/x/Foo.java")).hasContent("class Foo {}");
        try (var files = Files.list(root.resolve("io/x"))) {
            assertThat(files).containsExactly(root.resolve("io/x/Foo.java"));
        }
    }

    @Test
    void replacesChangedContentAndKeepsUnchangedFilesUntouched() throws IOException {
        Path file = root.resolve("a.txt");
        FileOutput.write(file, "one");
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(file, old);

        FileOutput.write(file, "one");
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);

        FileOutput.write(file, "two");
        assertThat(file).hasContent("two");
        assertThat(Files.getLastModifiedTime(file)).isNotEqualTo(old);
    }

    @Test
    void refusesPathsLeavingTheRoot() {
        for (String bad : new String[] {"../evil.java", "a/../../evil.java", "/etc/evil", "", "."}) {
            assertThatThrownBy(() -> FileOutput.writeUnder(root.resolve("out"), bad, "x"))
                    .as(bad).isInstanceOf(IOException.class);
        }
        assertThat(root.resolve("evil.java")).doesNotExist();
    }
}
