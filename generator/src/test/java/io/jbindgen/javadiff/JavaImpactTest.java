package io.jbindgen.javadiff;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.GenerationRequest;
import io.jbindgen.GenerationResult;
import io.jbindgen.Generator;
import io.jbindgen.abidiff.AbiChange;
import io.jbindgen.abidiff.AbiDiff;
import io.jbindgen.abidiff.LguestHistoryDiffTest;
import io.jbindgen.emit.JavaCompilation;
import io.jbindgen.output.GeneratedFile;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java side of the report between lguest_launcher.h revisions H4 and H6 (i386; H5 inserted
 * {@code num_vq} and {@code feature_len} after {@code type}, H6 dropped {@code pgdir} from
 * {@code LHREQ_INITIALIZE}): the generator's real output for both, and user code under
 * {@code src/test/resources/javadiff/user} that reaches changed members through imports, static
 * imports, fully qualified names and the same package. Expected positions are counted in those files
 * by hand.
 */
class JavaImpactTest {
    private static final String PKG = "org.example.lg";
    private static final String DESC = "struct lguest_device_desc";
    private static JavaImpact impact;

    @BeforeAll
    static void analyze(@TempDir Path dir) throws IOException, URISyntaxException {
        List<JavaSource> old = generate("H4", dir.resolve("h4"));
        List<JavaSource> now = generate("H6", dir.resolve("h6"));
        List<AbiChange> c = AbiDiff.compare(LguestHistoryDiffTest.revision("H4"), LguestHistoryDiffTest.revision("H6"));
        impact = JavaImpact.analyze(old, now, userSources(), c);
    }

    /** Generates a revision as {@code lguest_launcher.h}, so that both revisions give the same class names. */
    static List<JavaSource> generate(String revision, Path dir) throws IOException, URISyntaxException {
        Files.createDirectories(dir);
        Path header = dir.resolve("lguest_launcher.h");
        Files.copy(Path.of(JavaImpactTest.class.getResource("/lguest/" + revision + ".h").toURI()), header);
        GenerationResult result = Generator.generate(GenerationRequest.builder().header(header).output("i386", PKG)
                .requestEnum("lguest_req").products(Set.of(GenerationRequest.Product.JAVA)).build());
        assertThat(result.hasErrors()).as(result.diagnostics().toString()).isFalse();
        List<JavaSource> out = new ArrayList<>();
        for (GeneratedFile f : result.files()) {
            out.add(new JavaSource(f.path(), f.content()));
        }
        return out;
    }

    static List<JavaSource> userSources() throws IOException, URISyntaxException {
        Path root = Path.of(JavaImpactTest.class.getResource("/javadiff/user").toURI());
        List<JavaSource> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                out.add(new JavaSource(root.relativize(p).toString().replace('\\', '/'), Files.readString(p)));
            }
        }
        return out;
    }

    @Test
    void apiChangesAreTheMovedConstantsAndTheCommandThatLostAnArgument() {
        String desc = PKG + ".LguestDeviceDesc.";
        assertThat(impact.apiChanges().stream().map(JavaApiChange::toString).toList()).containsExactlyInAnyOrder(
                "CONSTANT_VALUE_CHANGED " + desc + "SIZE: static long SIZE = 3L -> static long SIZE = 5L",
                "CONSTANT_VALUE_CHANGED " + desc + "CONFIG_LEN_OFFSET: static long CONFIG_LEN_OFFSET = 1L -> "
                        + "static long CONFIG_LEN_OFFSET = 3L",
                "CONSTANT_VALUE_CHANGED " + desc + "STATUS_OFFSET: static long STATUS_OFFSET = 2L -> "
                        + "static long STATUS_OFFSET = 4L",
                "CONSTANT_VALUE_CHANGED " + desc + "CONFIG_OFFSET: static long CONFIG_OFFSET = 3L -> "
                        + "static long CONFIG_OFFSET = 5L",
                "MEMBER_REMOVED " + PKG + ".LguestReqCommands.initialize(long, long, long, long): "
                        + "long initialize(long, long, long, long)");
        assertThat(impact.problems()).isEmpty();
    }

    @Test
    void everyUseThroughImportsStaticImportsQualifiedNamesAndThePackageIsFoundAtItsPosition() {
        assertThat(impact.uses().stream().map(JavaUse::toString).toList()).containsExactly(
                "org/example/app/Imports.java:8:21: uses LguestDeviceDesc.status(), whose offset moved from 2 to 4 in "
                        + DESC,
                "org/example/app/Imports.java:12:18: uses LguestReqCommands.initialize(long, long, long, long), which "
                        + "is no longer generated; whose request LHREQ_INITIALIZE no longer takes argument pgdir "
                        + "(enum lguest_req)",
                "org/example/app/Qualified.java:5:48: uses LguestDeviceDesc.at(MemorySegment), whose size changed "
                        + "from 3 to 5 bytes in " + DESC,
                "org/example/app/Qualified.java:5:54: uses LguestDeviceDesc.configLen(), whose offset moved from 1 "
                        + "to 3 in " + DESC,
                "org/example/app/StaticImports.java:8:16: uses LguestDeviceDesc.CONFIG_OFFSET, whose value changed "
                        + "(static long CONFIG_OFFSET = 3L -> static long CONFIG_OFFSET = 5L; the compiler inlined the "
                        + "old one); whose offset moved from 3 to 5 in " + DESC,
                "org/example/app/StaticImports.java:12:16: uses LguestDeviceDesc.SIZE, whose value changed (static "
                        + "long SIZE = 3L -> static long SIZE = 5L; the compiler inlined the old one); whose size "
                        + "changed from 3 to 5 bytes in " + DESC,
                "org/example/lg/SamePackage.java:10:18: uses LguestDeviceDesc.status(int), whose offset moved from 2 "
                        + "to 4 in " + DESC,
                "org/example/lg/SamePackage.java:10:28: uses LguestDeviceDesc.status(), whose offset moved from 2 to "
                        + "4 in " + DESC);
    }

    /**
     * The fixtures are real code: javac compiles them against the H4 bindings, and against the H6 ones
     * fails only where the report says a member is no longer generated (the other uses compile and
     * are silently wrong, which is why the report lists them).
     */
    @Test
    void javacAgreesTheFixturesUseTheOldApiAndBreakOnlyWhereAMemberWasRemoved(@TempDir Path dir) throws Exception {
        List<GeneratedFile> user = new ArrayList<>();
        for (JavaSource s : userSources()) {
            user.add(new GeneratedFile(s.path(), s.content()));
        }
        JavaCompilation.Result old = JavaCompilation.compile(dir.resolve("h4"), concat(files("H4", dir), user), false);
        assertThat(old.errors()).isEmpty();
        JavaCompilation.Result now = JavaCompilation.compile(dir.resolve("h6"), concat(files("H6", dir), user), false);
        assertThat(now.errors()).hasSize(1);
        assertThat(now.errors().get(0)).contains("org/example/app/Imports.java:12:");
    }

    private static List<GeneratedFile> files(String revision, Path dir) throws Exception {
        List<GeneratedFile> out = new ArrayList<>();
        for (JavaSource s : generate(revision, dir.resolve("gen-" + revision))) {
            out.add(new GeneratedFile(s.path(), s.content()));
        }
        return out;
    }

    private static List<GeneratedFile> concat(List<GeneratedFile> a, List<GeneratedFile> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    @Test
    void sourcesThatAreNotJavaOrNestTooDeeplyAreSkippedWithTheirPosition() throws Exception {
        List<JavaSource> generated = List.of(new JavaSource("g/Gen.java", "package g; public final class Gen {}"));
        List<JavaSource> hostile = List.of(new JavaSource("B.java", "class B {\n  void f(Gen { }\n"),
                new JavaSource("A.java", "class A { Gen x = " + "(".repeat(50_000) + "1" + ")".repeat(50_000) + "; }"),
                new JavaSource("C.java", "class C { void f( { } // no generated name: not parsed"));
        JavaImpact skipped = JavaImpact.analyze(List.of(), generated, hostile, List.of());
        assertThat(skipped.uses()).isEmpty();
        assertThat(skipped.problems()).hasSize(2);
        assertThat(skipped.problems().get(0)).startsWith("B.java:2:").contains(": not parsed as Java, skipped: Parse error.");
        assertThat(skipped.problems().get(1)).isEqualTo("A.java:1:1: nested too deeply to parse, skipped");
    }

    @Test
    void codeUsingOnlyUnchangedMembersOrLookAlikesHasNoUse() {
        assertThat(impact.uses()).noneMatch(u -> u.file().endsWith("Unchanged.java") || u.file().contains("other/"));
    }

    @Test
    void withoutTheOldSourcesTheCChangesBehindTheNewMembersAreStillFound(@TempDir Path dir) throws Exception {
        List<AbiChange> c = AbiDiff.compare(LguestHistoryDiffTest.revision("H4"), LguestHistoryDiffTest.revision("H6"));
        JavaImpact newOnly = JavaImpact.analyze(List.of(), generate("H6", dir), userSources(), c);
        assertThat(newOnly.apiChanges()).isEmpty();
        assertThat(newOnly.uses().stream().map(JavaUse::toString).toList()).contains(
                "org/example/app/Imports.java:8:21: uses LguestDeviceDesc.status(), whose offset moved from 2 to 4 in "
                        + DESC);
    }
}
