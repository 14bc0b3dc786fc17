package io.jbindgen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jbindgen.target.Target;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptionsParserTest {

    private static Options parse(String... args) throws UsageException {
        return OptionsParser.parse(List.of(args));
    }

    @Test
    void defaultsAreX86_64AndNothingButChecking() throws UsageException {
        Options o = parse("a.h");

        assertThat(o.request().outputs().getFirst().target()).isEqualTo(Target.X86_64);
        assertThat(o.request().headers()).containsExactly(Path.of("a.h"));
        assertThat(o.request().includeDirs()).isEmpty();
        assertThat(o.layoutJson()).isNull();
        assertThat(o.outputDir()).isNull();
        assertThat(o.request().products()).isEmpty();
    }

    @Test
    void functionOptionsAreRepeatableInBothSpellings() throws UsageException {
        Options o = parse("--library", "libz.so.1", "--library=/opt/x/libx.so", "--include-function", "getpid",
                "--include-function=pthread_*", "--exclude-function", "unistd.h:__*", "--errno=unistd.h:*",
                "--errno", "open", "--critical", "getpid", "--critical=unistd.h:pwrite", "a.h");
        assertThat(o.request().functions().libraries()).containsExactly("libz.so.1", "/opt/x/libx.so");
        assertThat(o.request().functions().include()).containsExactly("getpid", "pthread_*");
        assertThat(o.request().functions().exclude()).containsExactly("unistd.h:__*");
        assertThat(o.request().functions().errno()).containsExactly("unistd.h:*", "open");
        assertThat(o.request().functions().critical()).containsExactly("getpid", "unistd.h:pwrite");
    }

    @Test
    void badFunctionPatternsNameTheirOption() {
        assertThatThrownBy(() -> parse("--errno", "unistd.h:", "a.h")).isInstanceOf(UsageException.class)
                .hasMessage("--errno: 'unistd.h:' names a file but no function (use unistd.h:*)");
        assertThatThrownBy(() -> parse("--critical", "a b", "a.h")).isInstanceOf(UsageException.class)
                .hasMessage("--critical: 'a b' is not a C name or glob (letters, digits, _, *, ?, [...])");
        assertThatThrownBy(() -> parse("--include-function", "a b", "a.h")).isInstanceOf(UsageException.class)
                .hasMessage("--include-function: 'a b' is not a C name or glob (letters, digits, _, *, ?, [...])");
        assertThatThrownBy(() -> parse("--library", " ", "a.h")).isInstanceOf(UsageException.class)
                .hasMessage("--library: a library name or path is blank");
        assertThatThrownBy(() -> parse("a.h", "--library")).isInstanceOf(UsageException.class)
                .hasMessage("missing argument after '--library'");
    }

    @Test
    void includeDirsAttachedOrSeparateKeepTheirOrder() throws UsageException {
        Options o = parse("-I", "/x", "-I/y", "a.h", "-I", "z");

        assertThat(o.request().includeDirs()).containsExactly(Path.of("/x"), Path.of("/y"), Path.of("z"));
    }

    @Test
    void definesAndUndefinesInAllSpellings() throws UsageException {
        Options o = parse("-D", "A", "-DB=2", "-D", "C=x y", "-DE=", "-U", "F", "-UG", "a.h");

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("A", null);
        expected.put("B", "2");
        expected.put("C", "x y");
        expected.put("E", "");
        assertThat(o.request().defines()).containsExactlyEntriesOf(expected);
        assertThat(o.request().undefines()).containsExactly("F", "G");
    }

    @Test
    void targetByNameOrAlias() throws UsageException {
        assertThat(parse("--target", "i386", "a.h").request().outputs().getFirst().target()).isEqualTo(Target.I386);
        assertThat(parse("--target=arm64", "a.h").request().outputs().getFirst().target()).isEqualTo(Target.AARCH64);
    }

    @Test
    void generationOptions() throws UsageException {
        Options o = parse("-d", "out", "-p", "io.x.y", "--deprecation-pattern", "(?i)old", "a.h");

        assertThat(o.outputDir()).isEqualTo(Path.of("out"));
        assertThat(o.request().outputs().getFirst().javaPackage()).isEqualTo("io.x.y");
        assertThat(o.request().deprecationPattern()).isEqualTo("(?i)old");
    }

    @Test
    void layoutJsonIsAFileForOneHeaderAndADirectoryForSeveral(@TempDir Path dir) throws UsageException {
        Options one = parse("--layout-json", "out.json", "inc/a.h");
        Options several = parse("--layout-json", "outdir", "inc/a.h", "inc/b.h");
        Options existingDir = parse("--layout-json=" + dir, "inc/a.h");

        assertThat(one.layoutJsonFor(Path.of("inc/a.h"))).isEqualTo(Path.of("out.json"));
        assertThat(several.layoutJsonFor(Path.of("inc/b.h"))).isEqualTo(Path.of("outdir/b.h.json"));
        assertThat(existingDir.layoutJsonFor(Path.of("inc/a.h"))).isEqualTo(dir.resolve("a.h.json"));
    }

    @Test
    void doubleDashEndsOptions() throws UsageException {
        assertThat(parse("--", "-weird.h").request().headers()).containsExactly(Path.of("-weird.h"));
    }

    @Test
    void helpAndVersionNeedNoHeader() throws UsageException {
        assertThat(parse("--help").help()).isTrue();
        assertThat(parse("--version").version()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "a.h --frobnicate       | unknown option '--frobnicate'",
        "a.h -I                 | missing argument after '-I'",
        "a.h --target           | missing argument after '--target'",
        "--layout-text          | no header given",
        "--target vax a.h       | --target: unknown target 'vax' (known: x86_64, i386, aarch64, s390x, armhf, riscv64, ppc64el, mips64el)",
        "--target i386 --target x86_64 a.h | --target given twice",
        "-D 1x a.h              | '1x' after -D is not a macro name",
        "-p io.x a.h            | -p needs -d",
        "-d o -p io..x a.h      | -p: 'io..x' is not a Java package name",
        "-d o -p a.int a.h      | -p: 'a.int' is not a Java package name",
        "--deprecation-pattern ( a.h | --deprecation-pattern: not a regular expression",
        "--layout-json o x/t.h y/t.h | distinct file names",
        "-                      | standard input",
    })
    void usageErrors(String line, String message) {
        assertThatThrownBy(() -> parse(line.trim().split(" +")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining(message.trim());
    }

    @Test
    void requestEnumsAndArgumentNamesReachTheRequest() throws UsageException {
        Options o = parse("--request-enum", "lguest_req", "--request-args=LHREQ_INITIALIZE=base, pfnlimit ,start,deviceLimit",
                "--request-args", "LHREQ_BREAK=", "-d", "out", "a.h");
        assertThat(o.request().commands().requestEnums()).containsExactly("lguest_req");
        assertThat(o.request().commands().arguments())
                .containsEntry("LHREQ_INITIALIZE", List.of("base", "pfnlimit", "start", "deviceLimit"))
                .containsEntry("LHREQ_BREAK", List.of());
        assertThatThrownBy(() -> parse("--request-enum", "lguest_req", "--request-args", "LHREQ_IRQ", "-d", "o", "a.h"))
                .hasMessageContaining("--request-args needs CONSTANT=name,name,...");
        assertThatThrownBy(() -> parse("--request-enum", "lguest_req", "a.h")).hasMessageContaining("--request-enum needs -d");
        assertThatThrownBy(() -> parse("--request-enum", "lguest_req", "--request-args", "LHREQ_IRQ=irq,class", "-d", "o",
                "a.h")).hasMessage("--request-args: 'class' is not a Java parameter name");
    }
}
