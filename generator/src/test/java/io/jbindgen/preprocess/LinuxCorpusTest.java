package io.jbindgen.preprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jbindgen.abi.Target;
import io.jbindgen.diag.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code /usr/include/linux/*.h} preprocesses without errors, and for every header gcc accepts
 * the token stream equals {@code gcc -E}'s (gcc given jbindgen's built-in headers as its last
 * directory, so both see the same files).
 */
class LinuxCorpusTest {
    static final Path LINUX = Path.of("/usr/include/linux");
    static final List<Path> DIRS = List.of(Path.of("/usr/include/x86_64-linux-gnu"), Path.of("/usr/include"));

    static List<Path> corpus() throws Exception {
        try (Stream<Path> s = Files.list(LINUX)) {
            return s.filter(p -> p.toString().endsWith(".h")).sorted().toList();
        }
    }

    @Test
    void everyHeaderPreprocessesLikeGcc() throws Exception {
        assumeTrue(Files.isDirectory(LINUX), "no /usr/include/linux");
        boolean gcc = GccOracle.available("gcc");
        SourceCache cache = new SourceCache();
        List<String> failures = new ArrayList<>();
        List<Path> headers = corpus();
        int clean = 0;
        for (Path h : headers) {
            Diagnostics d = new Diagnostics();
            PreprocessedUnit u = new Preprocessor(PreprocessorOptions.of(Target.X86_64, DIRS), d, cache).run(h);
            if (!d.hasErrors()) {
                clean++;
            }
            List<String> expected = gcc ? GccOracle.tokens("gcc", h, DIRS) : null;
            if (expected == null) {
                if (d.hasErrors() && gcc) {
                    continue;
                }
                if (d.hasErrors()) {
                    failures.add(h + ": " + d.all().getFirst().format());
                }
                continue;
            }
            if (d.hasErrors()) {
                failures.add(h + ": " + d.all().getFirst().format());
            } else if (!GccOracle.texts(u).equals(expected)) {
                failures.add(h + ": tokens differ from gcc -E at " + firstDifference(GccOracle.texts(u), expected));
            }
        }
        System.out.printf("linux corpus: %d/%d headers preprocess with no error%n", clean, headers.size());
        assertThat(failures).isEmpty();
    }

    static String firstDifference(List<String> actual, List<String> expected) {
        int i = 0;
        while (i < actual.size() && i < expected.size() && actual.get(i).equals(expected.get(i))) {
            i++;
        }
        return "token " + i + ": ours " + actual.subList(Math.max(0, i - 5), Math.min(actual.size(), i + 5))
                + " gcc " + expected.subList(Math.max(0, i - 5), Math.min(expected.size(), i + 5));
    }
}
