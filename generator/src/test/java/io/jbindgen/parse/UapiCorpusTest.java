package io.jbindgen.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.target.Target;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.oracle.Toolchains;
import io.jbindgen.preprocess.PreprocessorOptions;
import io.jbindgen.preprocess.SourceCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code /usr/include/linux/*.h} through the whole front end in one JVM. A header on which
 * the front end reports an error is compiled with {@code gcc -fsyntax-only}: it counts as a failure
 * only when gcc accepts it. Every header must pass (all do).
 */
class UapiCorpusTest {
    private static final Path LINUX = Path.of("/usr/include/linux");

    @Test
    void uapiHeadersParseWithoutErrors() throws IOException, InterruptedException {
        Toolchains.require(Target.X86_64);
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
        assertThat(failures).as("headers gcc accepts that the front end reports errors for (of %d)", considered)
                .isEmpty();
    }

    private static List<String> gccCommand(Path header) {
        List<String> cmd = new ArrayList<>(Toolchains.compiler(Target.X86_64));
        cmd.addAll(List.of("-fsyntax-only", "-x", "c", header.toString()));
        return cmd;
    }

    private static boolean gccAccepts(Path header) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(gccCommand(header))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor() == 0;
    }
}
