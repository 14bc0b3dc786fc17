package io.jbindgen;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.parse.FrontEnd;
import io.jbindgen.target.Target;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.oracle.Toolchains;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Over every header in {@code /usr/include/linux}: the macro values and skipped macros are the same
 * with ioctl templates as with every request expanded in full (the corpus gcc test then shows that
 * the values are gcc's).
 */
@Tag("corpus")
class IoctlTemplatesCorpusTest {
    private static final Path LINUX = Path.of("/usr/include/linux");

    @ParameterizedTest
    @ValueSource(strings = {"x86_64", "i386", "s390x"})
    void templatesChangeNoMacroOfTheCorpus(String targetName) throws IOException {
        Target target = Target.byName(targetName).orElseThrow();
        PreprocessorOptions options = PreprocessorOptions.of(target, Toolchains.systemIncludeDirs(Toolchains.compiler(target)));
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
