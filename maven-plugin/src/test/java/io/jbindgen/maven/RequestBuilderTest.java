package io.jbindgen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jbindgen.GenerationRequest;
import io.jbindgen.target.Target;
import io.jbindgen.naming.FunctionOptions;
import io.jbindgen.select.DeclarationKind;
import io.jbindgen.select.SelectionRule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestBuilderTest {

    @TempDir
    Path dir;

    Path header;

    @BeforeEach
    void header() throws IOException {
        header = Files.writeString(dir.resolve("a.h"), "struct a { int x; };\n");
    }

    private PluginSettings settings(List<Path> headers, Path headerDirectory, List<String> includes,
            List<Path> includeDirs, String target, String javaPackage, List<OutputSpec> outputs,
            Map<String, String> defines, String deprecationPattern) {
        return new PluginSettings(headers, headerDirectory, includes, List.of(), includeDirs, target, javaPackage,
                outputs, defines, List.of("__GNUC__"), deprecationPattern);
    }

    private PluginSettings simple(String target, String javaPackage) {
        return settings(List.of(header), null, List.of(), List.of(), target, javaPackage, List.of(), Map.of(), null);
    }

    @Test
    void mapsEveryParameterIntoTheRequest() throws Exception {
        Path inc = Files.createDirectory(dir.resolve("inc"));
        Map<String, String> defines = new LinkedHashMap<>();
        defines.put("ZED", "2");
        defines.put("ALPHA", "");
        defines.put("MID", null);
        GenerationRequest request = RequestBuilder.build(settings(List.of(dir.resolve("sub/../a.h")), null, List.of(),
                List.of(inc), "amd64", "org.example.x", List.of(), defines, "(?i)gone"));

        assertThat(request.headers()).containsExactly(header.toAbsolutePath());
        assertThat(request.includeDirs()).containsExactly(inc.toAbsolutePath());
        assertThat(request.defines().keySet()).containsExactly("ALPHA", "MID", "ZED");
        assertThat(request.defines()).containsEntry("ZED", "2");
        assertThat(request.defines().get("ALPHA")).isNull();
        assertThat(request.defines().get("MID")).isNull();
        assertThat(request.undefines()).containsExactly("__GNUC__");
        assertThat(request.outputs()).containsExactly(new GenerationRequest.Output(Target.X86_64, "org.example.x"));
        assertThat(request.deprecationPattern()).isEqualTo("(?i)gone");
    }

    @Test
    void keepsTheDefaultDeprecationPatternWhenUnset() throws Exception {
        assertThat(RequestBuilder.build(simple("x86_64", "p")).deprecationPattern())
                .isEqualTo(GenerationRequest.DEFAULT_DEPRECATION_PATTERN);
    }

    @Test
    void outputsListGivesOneOutputPerTarget() throws Exception {
        GenerationRequest request = RequestBuilder.build(settings(List.of(header), null, List.of(), List.of(),
                "x86_64", null, List.of(new OutputSpec("i386", "p.i386"), new OutputSpec("aarch64", "p.arm")),
                Map.of(), null));
        assertThat(request.outputs()).containsExactly(new GenerationRequest.Output(Target.I386, "p.i386"),
                new GenerationRequest.Output(Target.AARCH64, "p.arm"));
    }

    @Test
    void headerDirectoryAddsSortedMatchesAfterListedHeadersWithoutDuplicates() throws Exception {
        Path base = Files.createDirectories(dir.resolve("include/linux"));
        Files.writeString(base.resolve("z.h"), "");
        Files.writeString(base.resolve("b.h"), "");
        Files.writeString(base.resolve("notes.txt"), "");
        Files.writeString(dir.resolve("include/top.h"), "");
        Files.writeString(base.resolve("skip_me.h"), "");
        PluginSettings s = new PluginSettings(List.of(dir.resolve("include/linux/z.h")), dir.resolve("include"),
                List.of(), List.of("**/skip_*.h"), List.of(), "x86_64", "p", List.of(), Map.of(), List.of(), null);

        assertThat(RequestBuilder.build(s).headers()).containsExactly(base.resolve("z.h"), base.resolve("b.h"),
                dir.resolve("include/top.h"));
    }

    @Test
    void includesSelectASubset() throws Exception {
        Path base = Files.createDirectories(dir.resolve("include/linux"));
        Files.writeString(base.resolve("virtio_ring.h"), "");
        Files.writeString(base.resolve("virtio_net.h"), "");
        Files.writeString(base.resolve("kvm.h"), "");
        PluginSettings s = settings(List.of(), dir.resolve("include"), List.of("linux/virtio_*.h"), List.of(),
                "x86_64", "p", List.of(), Map.of(), null);
        assertThat(RequestBuilder.build(s).headers()).containsExactly(base.resolve("virtio_net.h"),
                base.resolve("virtio_ring.h"));
    }

    @Test
    void rejectsMissingHeaders() {
        assertThatThrownBy(() -> RequestBuilder.build(settings(List.of(), null, List.of(), List.of(), "x86_64", "p",
                List.of(), Map.of(), null)))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("no headers configured: set <headers> or <headerDirectory>");
        assertThatThrownBy(() -> RequestBuilder.build(settings(List.of(dir.resolve("nope.h")), null, List.of(),
                List.of(), "x86_64", "p", List.of(), Map.of(), null)))
                .hasMessage("<headers>: header not found: " + dir.resolve("nope.h"));
    }

    @Test
    void rejectsAFilesetThatMatchesNothing() throws IOException {
        Files.createDirectory(dir.resolve("empty"));
        assertThatThrownBy(() -> RequestBuilder.build(settings(List.of(), dir.resolve("empty"), List.of(), List.of(),
                "x86_64", "p", List.of(), Map.of(), null)))
                .hasMessageContaining("<headerDirectory>: no header in " + dir.resolve("empty"));
        assertThatThrownBy(() -> RequestBuilder.build(settings(List.of(), dir.resolve("absent"), List.of(), List.of(),
                "x86_64", "p", List.of(), Map.of(), null)))
                .hasMessage("<headerDirectory>: not a directory: " + dir.resolve("absent"));
    }

    @Test
    void rejectsMissingOrInvalidPackage() {
        assertThatThrownBy(() -> RequestBuilder.build(simple("x86_64", null)))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("<javaPackage> is required (or list <outputs>)");
        assertThatThrownBy(() -> RequestBuilder.build(simple("x86_64", "org.example.class")))
                .hasMessage("<javaPackage>: 'org.example.class' is not a Java package name");
    }

    @Test
    void rejectsAnUnknownTargetNamingTheKnownOnes() {
        assertThatThrownBy(() -> RequestBuilder.build(simple("pdp11", "p")))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("<target>: unknown target 'pdp11' (known: x86_64, i386, aarch64, s390x, armhf, riscv64, ppc64el, mips64el)");
        assertThatThrownBy(() -> RequestBuilder.build(settings(List.of(header), null, List.of(), List.of(), "x86_64",
                null, List.of(new OutputSpec("vax", "p")), Map.of(), null)))
                .hasMessageStartingWith("<outputs>/<output>/<target>: unknown target 'vax'");
    }

    @Test
    void rejectsConflictingOutputs() {
        assertThatThrownBy(() -> RequestBuilder.build(settings(List.of(header), null, List.of(), List.of(), "x86_64",
                "p", List.of(new OutputSpec("i386", "q")), Map.of(), null)))
                .hasMessage("set either <javaPackage> (with <target>) or <outputs>, not both");
        assertThatThrownBy(() -> RequestBuilder.build(settings(List.of(header), null, List.of(), List.of(), "x86_64",
                null, List.of(new OutputSpec("i386", "q"), new OutputSpec("x86_64", "q")), Map.of(), null)))
                .hasMessage("<outputs>/<output>/<javaPackage>: Java package 'q' requested for two targets");
    }

    @Test
    void rejectsMissingIncludeDirectoryAndBadPattern() {
        assertThatThrownBy(() -> RequestBuilder.build(settings(List.of(header), null, List.of(),
                List.of(dir.resolve("noinc")), "x86_64", "p", List.of(), Map.of(), null)))
                .hasMessage("<includeDirectories>: not a directory: " + dir.resolve("noinc"));
        assertThatThrownBy(() -> RequestBuilder.build(settings(List.of(header), null, List.of(), List.of(),
                "x86_64", "p", List.of(), Map.of(), "(unclosed")))
                .hasMessageStartingWith("<deprecationPattern>: not a regular expression");
    }

    @Test
    void functionOptionsReachTheRequestAndBadPatternsNameTheirElement() throws Exception {
        FunctionOptions functions = new FunctionOptions(List.of("libz.so.1"), List.of("get*"), List.of("getwd"),
                List.of("unistd.h:*"), List.of("getpid"));
        GenerationRequest r = RequestBuilder.build(new PluginSettings(List.of(header), null, List.of(), List.of(),
                List.of(), "x86_64", "p", List.of(), Map.of(), List.of(), null, List.of(), Map.of(), functions));
        assertThat(r.functions()).isEqualTo(functions);
        assertThatThrownBy(() -> RequestBuilder.build(new PluginSettings(List.of(header), null, List.of(), List.of(),
                List.of(), "x86_64", "p", List.of(), Map.of(), List.of(), null, List.of(), Map.of(),
                new FunctionOptions(List.of(), List.of(), List.of(), List.of("unistd.h:")))))
                .hasMessage("<errnoFunctions>: 'unistd.h:' names a file but no function (use unistd.h:*)");
        assertThatThrownBy(() -> RequestBuilder.build(new PluginSettings(List.of(header), null, List.of(), List.of(),
                List.of(), "x86_64", "p", List.of(), Map.of(), List.of(), null, List.of(), Map.of(),
                new FunctionOptions(List.of(), List.of(), List.of(), List.of(), List.of("a b")))))
                .hasMessage("<criticalFunctions>: 'a b' is not a C name or glob (letters, digits, _, *, ?, [...])");
    }

    @Test
    void selectionRulesReachTheRequestAndABadPatternNamesItsElementAsTheCommandLineItsOption() throws Exception {
        List<SelectionRule> rules = List.of(SelectionRule.include(DeclarationKind.CONSTANT, "KVM_*"),
                SelectionRule.exclude(DeclarationKind.STRUCT, "kvm.h:kvm_regs"));
        GenerationRequest r = RequestBuilder.build(new PluginSettings(List.of(header), null, List.of(), List.of(),
                List.of(), "x86_64", "p", List.of(), Map.of(), List.of(), null, List.of(), Map.of(), null, rules));
        assertThat(r.selection()).isEqualTo(rules);
        assertThatThrownBy(() -> RequestBuilder.build(new PluginSettings(List.of(header), null, List.of(), List.of(),
                List.of(), "x86_64", "p", List.of(), Map.of(), List.of(), null, List.of(), Map.of(), null,
                List.of(SelectionRule.include(DeclarationKind.UNION, "a[")))))
                .hasMessage("<includeUnions>: 'a[' is not a C name or glob (letters, digits, _, *, ?, [...])");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = io.jbindgen.cli.Main.run(new String[] {"--include-union", "a[", header.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow())
                .isEqualTo("jbindgen: --include-union: 'a[' is not a C name or glob (letters, digits, _, *, ?, [...])");
    }

    /** The plugin and the command line reject a bad value with the same words: one check, in the request. */
    @Test
    void thePluginAndTheCommandLineRejectTheSameBadValuesWithTheSameMessage() {
        String[][] cases = {
            {"x86_64", "io..x", "(x)", "'io..x' is not a Java package name"},
            {"x86_64", "org.example.class", "(x)", "'org.example.class' is not a Java package name"},
            {"vax", "p", "(x)", "unknown target 'vax' (known: x86_64, i386, aarch64, s390x, armhf, riscv64, ppc64el,"
                + " mips64el)"},
            {"x86_64", "p", "(unclosed", "not a regular expression: Unclosed group near index 9"},
        };
        for (String[] c : cases) {
            assertThatThrownBy(() -> RequestBuilder.build(settings(List.of(header), null, List.of(), List.of(), c[0],
                    c[1], List.of(), Map.of(), c[2]))).as(c[3]).hasMessageEndingWith(": " + c[3]);
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = io.jbindgen.cli.Main.run(new String[] {"--target", c[0], "-d", dir.toString(), "-p", c[1],
                "--deprecation-pattern", c[2], header.toString()}, new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(status).as(c[3]).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow()).as(c[3])
                    .endsWith(": " + c[3]);
        }
    }

    @Test
    void requestEnumsAndArgumentNamesReachTheRequestAndBadOnesNameTheirElement() throws Exception {
        PluginSettings good = new PluginSettings(List.of(header), null, List.of(), List.of(), List.of(), "i386", "p",
                List.of(), Map.of(), List.of(), null, List.of("lguest_req"),
                Map.of("LHREQ_INITIALIZE", " base, pfnlimit ,start, deviceLimit", "LHREQ_BREAK", ""));
        GenerationRequest request = RequestBuilder.build(good);
        assertThat(request.commands().requestEnums()).containsExactly("lguest_req");
        assertThat(request.commands().arguments()).containsEntry("LHREQ_INITIALIZE",
                List.of("base", "pfnlimit", "start", "deviceLimit")).containsEntry("LHREQ_BREAK", List.of());

        assertThatThrownBy(() -> RequestBuilder.build(new PluginSettings(List.of(header), null, List.of(), List.of(),
                List.of(), "i386", "p", List.of(), Map.of(), List.of(), null, List.of("lguest req"), Map.of())))
                .hasMessage("<requestEnums>: 'lguest req' is not a C enum tag");
        assertThatThrownBy(() -> RequestBuilder.build(new PluginSettings(List.of(header), null, List.of(), List.of(),
                List.of(), "i386", "p", List.of(), Map.of(), List.of(), null, List.of("lguest_req"),
                Map.of("LHREQ_IRQ", "irq, class"))))
                .hasMessage("<requestArguments>/<LHREQ_IRQ>: 'class' is not a Java parameter name");
    }
}
