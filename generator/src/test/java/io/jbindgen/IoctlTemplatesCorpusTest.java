package io.jbindgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jbindgen.abi.Target;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.preprocess.PreprocessorOptions;
import io.jbindgen.preprocess.SourceCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Over every header in {@code /usr/include/linux}: the macro values and skipped macros are the same
 * with ioctl templates as with every request expanded in full (the corpus gcc test then shows that
 * the values are gcc's).
 */
@Tag("corpus")
class IoctlTemplatesCorpusTest {
    private static final Path LINUX = Path.of("/usr/include/linux");

    @ParameterizedTest
    @CsvSource({"x86_64, /usr/include/x86_64-linux-gnu", "i386, /usr/i686-linux-gnu/include",
        "s390x, /usr/s390x-linux-gnu/include"})
    void templatesChangeNoMacroOfTheCorpus(String targetName, Path arch) throws IOException {
        assumeTrue(Files.isDirectory(LINUX), "no /usr/include/linux (apt-get install linux-libc-dev); skipped");
        assumeTrue(Files.isDirectory(arch.resolve("asm")), "no " + arch + "/asm (the target's cross gcc); skipped");
        Target target = Target.byName(targetName).orElseThrow();
        PreprocessorOptions options = PreprocessorOptions.of(target, List.of(arch, Path.of("/usr/include")));
        SourceCache withCache = new SourceCache();
        SourceCache withoutCache = new SourceCache();
        List<String> differing = new ArrayList<>();
        int requests = 0;
        for (Path header : headers()) {
            TranslationUnit with = FrontEnd.parse(header, options, new Diagnostics(), withCache, true);
            TranslationUnit without = FrontEnd.parse(header, options, new Diagnostics(), withoutCache, false);
            if (!IoctlTemplatesTest.macros(with).equals(IoctlTemplatesTest.macros(without))
                    || !IoctlTemplatesTest.skippedMacros(with).equals(IoctlTemplatesTest.skippedMacros(without))) {
                differing.add(header.getFileName().toString());
            }
            requests += (int) IoctlTemplatesTest.macros(with).stream().filter(m -> m.ioctl() != null).count();
        }
        assertThat(differing).isEmpty();
        assertThat(requests).isGreaterThan(1000);
    }

    private static List<Path> headers() throws IOException {
        try (Stream<Path> s = Files.list(LINUX)) {
            return s.filter(p -> p.toString().endsWith(".h")).sorted().toList();
        }
    }
}
