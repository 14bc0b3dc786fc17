package io.jbindgen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.target.Target;
import io.jbindgen.commands.CommandOptions;
import io.jbindgen.output.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated sources of the lguest header, for x86_64 and i386, are committed under
 * {@code src/test/golden/<target>}; this test compiles them with {@code -Xlint:all -Werror} and fails when a
 * regeneration differs.
 * Refresh them with
 * {@code mvn -pl generator -am test -Dtest=GoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true}.
 *
 * <p>The sources come from the whole pipeline: front end, layout engine, emitter.
 */
class GoldenFilesTest {
    private static final Path GOLDEN = Path.of("src/test/golden");
    /** A copy of the seed header; {@code <linux/types.h>} comes from jbindgen's built-in headers. */
    private static final Path HEADER = io.jbindgen.SeedHeader.PATH;

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"x86_64", "i386"})
    void generatedSourcesMatchTheCommittedOnes(String targetName) throws IOException {
        Target target = Target.byName(targetName).orElseThrow();
        HeaderBindings.Result generated = HeaderBindings.generate(HEADER, target,
                "io.jbindgen.golden.lguest." + targetName, List.of(),
                new CommandOptions(List.of("lguest_req"), Map.of()));
        assertThat(generated.errors()).isEmpty();
        List<GeneratedFile> files = generated.files();
        Path dir = GOLDEN.resolve(targetName);
        if (Boolean.getBoolean("golden.update")) {
            write(dir, files);
        }
        assertThat(read(dir)).as("golden files in %s differ from a regeneration; refresh with -Dgolden.update=true "
                + "(see GoldenFilesTest)", dir).isEqualTo(asMap(files));
        List<GeneratedFile> committed = new ArrayList<>();
        read(dir).forEach((path, content) -> committed.add(new GeneratedFile(path, content)));
        assertThat(JavaCompilation.compile(tmp, committed).errors()).isEmpty();
    }

    private static Map<String, String> asMap(List<GeneratedFile> files) {
        Map<String, String> map = new TreeMap<>();
        files.forEach(f -> map.put(f.path(), f.content()));
        return map;
    }

    private static Map<String, String> read(Path dir) throws IOException {
        Map<String, String> map = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return map;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                map.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return map;
    }

    private static void write(Path dir, List<GeneratedFile> files) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (GeneratedFile f : files) {
            Path p = dir.resolve(f.path());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.content());
        }
    }
}
