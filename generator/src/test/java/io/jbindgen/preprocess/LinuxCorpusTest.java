package io.jbindgen.preprocess;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.target.Target;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.oracle.Toolchains;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every {@code /usr/include/linux/*.h} preprocesses, and for every header gcc accepts the token
 * stream equals {@code gcc -E}'s (gcc given jbindgen's built-in headers as its last directory, so
 * both see the same files). A header gcc rejects must get an error from jbindgen too.
 */
class LinuxCorpusTest {
    static final Path LINUX = Path.of("/usr/include/linux");
    static final List<Path> DIRS = List.of(Path.of("/usr/include/x86_64-linux-gnu"), Path.of("/usr/include"));

    static List<Path> corpus() throws Exception {
        try (Stream<Path> s = Files.list(LINUX)) {
            return s.filter(p -> p.toString().endsWith(".h")).sorted().toList();
        }
    }

    @ParameterizedTest
    @CsvSource({"x86_64,1", "i386,4"})
    void headersPreprocessLikeGcc(String target, int every) throws Exception {
        List<String> compiler = Toolchains.compiler(Target.byName(target).orElseThrow());
        Toolchains.compiler(Target.X86_64); // DIRS are the x86_64 system headers
        List<Path> all = corpus();
        List<Path> headers = IntStream.range(0, all.size()).filter(i -> i % every == 0).mapToObj(all::get).toList();
        List<Future<List<String>>> expected = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (Path h : headers) {
                expected.add(pool.submit(() -> GccOracle.tokens(compiler, h, DIRS)));
            }
            SourceCache cache = new SourceCache();
            List<String> failures = new ArrayList<>();
            int clean = 0;
            for (int i = 0; i < headers.size(); i++) {
                Path h = headers.get(i);
                Diagnostics d = new Diagnostics();
                PreprocessedUnit u = new Preprocessor(PreprocessorOptions.of(Target.byName(target).orElseThrow(), DIRS),
                        d, cache).run(h);
                clean += d.hasErrors() ? 0 : 1;
                List<String> gcc = expected.get(i).get();
                if (gcc == null && !d.hasErrors()) {
                    failures.add(h + ": gcc rejects it, jbindgen reported no error");
                } else if (gcc != null && d.hasErrors()) {
                    failures.add(h + ": " + d.all().getFirst().format());
                } else if (gcc != null && !GccOracle.texts(u).equals(gcc)) {
                    failures.add(h + ": tokens differ from gcc -E at " + firstDifference(GccOracle.texts(u), gcc));
                }
            }
            System.out.printf("%s: %d/%d linux headers preprocess with no error%n", target, clean, headers.size());
            assertThat(failures).isEmpty();
        } finally {
            pool.shutdownNow();
        }
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
