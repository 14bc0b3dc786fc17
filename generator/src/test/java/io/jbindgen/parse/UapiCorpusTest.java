package io.jbindgen.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.FrontEnd;
import io.jbindgen.preprocess.PreprocessorOptions;
import io.jbindgen.abi.Target;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.preprocess.SourceCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every {@code /usr/include/linux/*.h} through the whole front end in one JVM. A header on which
 * the front end reports an error is compiled with {@code gcc -fsyntax-only}: it counts as a failure
 * only when gcc accepts it. At least 97% of the headers must pass.
 */
class UapiCorpusTest {
    private static final Path LINUX = Path.of("/usr/include/linux");

    @Test
    void uapiHeadersParseWithoutErrors() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isDirectory(LINUX), "needs linux-libc-dev");
        List<Path> headers;
        try (Stream<Path> s = Files.list(LINUX)) {
            headers = s.filter(p -> p.toString().endsWith(".h")).sorted().toList();
        }
        PreprocessorOptions options = PreprocessorOptions.of(Target.X86_64, FrontEndSupport.SYSTEM);
        SourceCache cache = new SourceCache();
        List<String> failures = new ArrayList<>();
        int rejectedByGcc = 0;
        long start = System.nanoTime();
        for (Path header : headers) {
            Diagnostics d = new Diagnostics();
            FrontEnd.parse(header, options, d, cache);
            if (!d.hasErrors()) {
                continue;
            }
            if (gccAccepts(header)) {
                failures.add(header.getFileName() + ": " + d.all().getFirst().format());
            } else {
                rejectedByGcc++;
            }
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        int considered = headers.size() - rejectedByGcc;
        System.out.printf("uapi corpus: %d headers, %d rejected by gcc as well, %d failures, %d ms%n",
                headers.size(), rejectedByGcc, failures.size(), millis);
        assertThat(headers).hasSizeGreaterThan(100);
        assertThat(failures.size()).as("failures %s", failures).isLessThanOrEqualTo(considered * 3 / 100);
    }

    private static boolean gccAccepts(Path header) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("gcc", "-fsyntax-only", "-x", "c", header.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor() == 0;
    }
}
