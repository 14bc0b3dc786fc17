package io.jbindgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.jbindgen.parse.FrontEnd;
import io.jbindgen.target.Target;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.IoctlInfo;
import io.jbindgen.model.MacroDecl;
import io.jbindgen.model.SkippedDecl;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.preprocess.PreprocessorOptions;
import io.jbindgen.preprocess.SourceCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Valuing ioctl requests through templates (parse.IoctlTemplates) changes nothing: on fixtures that
 * request in every form, and that define request macros a template cannot stand for, the macro values
 * and the skipped macros are the same with templates as with every request expanded in full.
 */
class IoctlTemplatesTest {
    private static final Path DIR = Path.of("src/test/resources/ioctl").toAbsolutePath();

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"generic.h, x86_64", "generic.h, i386", "unparenthesised.h, x86_64", "unparenthesised.h, s390x",
        "position.h, x86_64", "odd.h, x86_64", "odd.h, aarch64", "shadowed.h, x86_64"})
    void templatesGiveWhatFullExpansionGives(String header, String target) {
        TranslationUnit withTemplates = parse(header, target, true);
        TranslationUnit expanded = parse(header, target, false);

        assertThat(macros(withTemplates)).isNotEmpty().isEqualTo(macros(expanded));
        assertThat(skippedMacros(withTemplates)).isEqualTo(skippedMacros(expanded));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"x86_64, 8", "i386, 4"})
    void genericRequestsHaveTheirHandComputedValues(String target, long longSize) {
        long payloadSize = 8;
        Map<String, MacroDecl.Integer> values = macros(parse("generic.h", target, true)).stream()
                .collect(Collectors.toMap(MacroDecl.Integer::name, Function.identity()));

        assertThat(values.get("FIX_NONE").value()).isEqualTo(0xAF01L);
        assertThat(values.get("FIX_READ").value()).isEqualTo(2L << 30 | payloadSize << 16 | 0xAF02L);
        assertThat(values.get("FIX_READ").ioctl()).extracting(IoctlInfo::direction, IoctlInfo::type,
                IoctlInfo::number, IoctlInfo::size).containsExactly(IoctlInfo.Direction.READ, 0xAFL, 2L, payloadSize);
        assertThat(values.get("FIX_CHAIN_TWICE").value()).isEqualTo(values.get("FIX_READ").value());
        assertThat(values.get("FIX_RW_ARRAY").value()).isEqualTo(3L << 30 | 28L << 16 | 0xAF04L);
        assertThat(values.get("FIX_NR_SUM").value()).isEqualTo(0xAF05L);
        assertThat(values.get("FIX_NR_OR").value()).isEqualTo(0xAF07L);
        assertThat(values.get("FIX_CHAR_TYPE").value()).isEqualTo(2L << 30 | longSize << 16 | 'x' << 8 | 6);
        assertThat(values.get("FIX_NOT_WHOLE").value()).isEqualTo(0xAF07L);
        assertThat(values.get("FIX_WIDE_TYPE").value()).isEqualTo(0xAF << 9 | 8L);
        assertThat(values).doesNotContainKey("FIX_SELF");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UNP_OR_TYPE, 515", "UNP_SUM_NR, 1027", "UNP_CONDITIONAL_NR, 2"})
    void unparenthesisedArgumentsBindAsCDoes(String name, long value) {
        // 0U << 30 | 1 | 2 << 8 | 3 | 0 << 16 = 515; 0U << 30 | 4 << 8 | 1 + 2 | 0 << 16 = 1027;
        // 0U << 30 | 5 << 8 | 1 ? 2 : 3 | 0 << 16 = 2 (?: binds last)
        Map<String, Long> values = macros(parse("unparenthesised.h", "x86_64", true)).stream()
                .collect(Collectors.toMap(MacroDecl.Integer::name, MacroDecl.Integer::value));
        assertThat(values.get(name)).isEqualTo(value);
    }

    @Test
    void deeplyNestedRequestMacrosTakeLinearTime(@TempDir Path dir) throws Exception {
        int depth = 45_000; // below the 100,000-token limit of one expansion, so the template is built and folded
        String open = "(".repeat(depth);
        String close = ")".repeat(depth);
        Path header = Files.writeString(dir.resolve("deep.h"), String.join("\n",
                "#define _IO(type, nr) " + open + "(type) << 8 | (nr)" + close,
                "#define _IOR(type, nr, size) " + open + "(type) << 8 | (1 / 0) | (nr) | sizeof(size)" + close,
                "#define DEEP_NONE _IO(1, 2)",
                "#define DEEP_READ _IOR(1, 2, int)", ""));
        Diagnostics diags = new Diagnostics();
        TranslationUnit unit = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> FrontEnd.parse(header,
                PreprocessorOptions.of(Target.X86_64, List.of()), diags, new SourceCache(), true));
        assertThat(skippedMacros(unit)).extracting(SkippedDecl::name).contains("DEEP_NONE", "DEEP_READ");
    }

    private static TranslationUnit parse(String header, String target, boolean templates) {
        Diagnostics diags = new Diagnostics();
        TranslationUnit unit = FrontEnd.parse(DIR.resolve(header), PreprocessorOptions.of(Target.byName(target).orElseThrow(),
                List.of()), diags, new SourceCache(), templates);
        assertThat(diags.hasErrors()).as(diags.all().toString()).isFalse();
        return unit;
    }

    static List<MacroDecl.Integer> macros(TranslationUnit unit) {
        return unit.declarations().stream()
                .filter(MacroDecl.Integer.class::isInstance).map(MacroDecl.Integer.class::cast).toList();
    }

    static List<SkippedDecl> skippedMacros(TranslationUnit unit) {
        return unit.skipped().stream().filter(s -> s.kind() == SkippedDecl.Kind.MACRO).toList();
    }
}
