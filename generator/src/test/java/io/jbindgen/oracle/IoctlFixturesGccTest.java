package io.jbindgen.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.target.Target;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ioctl fixtures (request macros defined the generic way, with unparenthesised arguments, and in
 * ways no template can stand for) through the whole front end, every macro value judged by gcc.
 */
class IoctlFixturesGccTest {

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"generic.h, x86_64", "generic.h, i386", "generic.h, aarch64", "generic.h, s390x",
        "unparenthesised.h, x86_64", "unparenthesised.h, i386", "odd.h, x86_64", "odd.h, s390x",
        "shadowed.h, x86_64"})
    void everyMacroValueEqualsGccs(String header, String targetName) throws Exception {
        Path file = Path.of("src/test/resources/ioctl", header).toAbsolutePath();
        GccTarget gcc = GccTarget.require(Target.byName(targetName).orElseThrow());

        assertThat(Differential.fixtureNumbersEqualGccs(file, gcc)).isGreaterThanOrEqualTo(6);
    }
}
