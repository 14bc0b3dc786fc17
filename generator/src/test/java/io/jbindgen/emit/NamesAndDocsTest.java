package io.jbindgen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.target.Target;
import io.jbindgen.model.Attributes;
import io.jbindgen.model.CType;
import io.jbindgen.model.Declaration;
import io.jbindgen.model.EnumConstant;
import io.jbindgen.model.EnumDecl;
import io.jbindgen.model.IoctlInfo;
import io.jbindgen.model.MacroDecl;
import io.jbindgen.model.RecordKind;
import io.jbindgen.model.ScalarKind;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.model.TypedefDecl;
import io.jbindgen.output.GeneratedFile;
import io.jbindgen.runtime.IoctlRequest;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile comments, Java keywords, name clashes, deprecation, determinism and several targets. */
class NamesAndDocsTest {
    private static final String EVIL = "ends here */ public static void injected() {} /* and \\u002a/ "
            + "static void unicode() {} @deprecated <script>alert(1)</script> {@code x} \\";

    @TempDir
    Path tmp;

    private static Fixtures.Fixture hostile() {
        Fixtures.RecordBuilder r = new Fixtures.RecordBuilder(RecordKind.STRUCT, "class", "struct class")
                .doc(EVIL)
                .field("class", Fixtures.scalar(ScalarKind.INT), 0, 32, 4, EVIL)
                .field("default", Fixtures.scalar(ScalarKind.INT), 32, 32, 4)
                .field("segment", Fixtures.scalar(ScalarKind.INT), 64, 32, 4)
                .field("foo_bar", Fixtures.scalar(ScalarKind.INT), 96, 32, 4)
                .field("fooBar", Fixtures.scalar(ScalarKind.INT), 128, 32, 4)
                .field("to_string", Fixtures.scalar(ScalarKind.INT), 160, 32, 4)
                .field("String", Fixtures.scalar(ScalarKind.INT), 192, 32, 4);
        EnumDecl e = new EnumDecl("enum e", "e", List.of(new EnumConstant("CONSTANTS", 1, null, Fixtures.pos(9)),
                new EnumConstant("OLD", 2, Fixtures.comment("obsolete, do not use"), Fixtures.pos(9))),
                ScalarKind.INT, Attributes.EMPTY, Fixtures.comment(EVIL), Fixtures.pos(9));
        List<Declaration> decls = new ArrayList<>(List.of(r.decl(), e,
                new MacroDecl.Integer("var", 1, ScalarKind.INT, null, Fixtures.comment(EVIL), Fixtures.pos(10)),
                new MacroDecl.Integer("BIG", -2, ScalarKind.UNSIGNED_LONG, null, null, Fixtures.pos(11)),
                new MacroDecl.Integer("U32", -1, ScalarKind.UNSIGNED_INT, null, null, Fixtures.pos(11)),
                new MacroDecl.Integer("CLASS_IOCTL", 0xC01CAE05L, ScalarKind.UNSIGNED_INT,
                        new IoctlInfo(IoctlInfo.Direction.READ_WRITE, 0xAE, 5, 28,
                                new CType.Record(RecordKind.STRUCT, "struct class")), null, Fixtures.pos(13)),
                new MacroDecl.Integer("RUN", 0xAE80, ScalarKind.UNSIGNED_INT,
                        new IoctlInfo(IoctlInfo.Direction.NONE, 0xAE, 0x80, 0, null), null, Fixtures.pos(14)),
                new MacroDecl.Text("NAME", "say \"*/\" \\u0022 \n", Fixtures.comment(EVIL), Fixtures.pos(12))));
        return new Fixtures.Fixture(new TranslationUnit(Fixtures.FILE, decls, List.of(), List.of()),
                Map.of("struct class", r.layout(28, 4)));
    }

    @Test
    void hostileCommentsCannotInjectCodeAndNamesAreEscaped() throws Exception {
        Fixtures.Fixture f = hostile();
        List<GeneratedFile> files = JavaEmitter.emit(f.unit(), f.source(), Target.X86_64, EmitOptions.of("t.h"));
        JavaCompilation.Result r = JavaCompilation.compile(tmp, files);
        assertThat(r.errors()).isEmpty();
        ClassLoader loader = r.loader();
        Class<?> cls = loader.loadClass("t.h.Class_2");
        List<String> methods = Arrays.stream(cls.getDeclaredMethods()).map(Method::getName).distinct().sorted().toList();
        assertThat(methods).contains("class_", "default_", "segment", "segment_2", "fooBar", "fooBar_2", "toString_2",
                "string").doesNotContain("injected", "unicode");
        for (GeneratedFile g : files) {
            assertThat(g.content()).doesNotContain("</script>", "@deprecated", "\\u002a");
        }
        Class<?> constants = loader.loadClass("t.h.Demo");
        assertThat(constants.getField("var_").get(null)).isEqualTo(1);
        assertThat(constants.getField("BIG").get(null)).isEqualTo(-2L);
        assertThat(constants.getField("U32").get(null)).isEqualTo(4294967295L);
        assertThat(constants.getField("NAME").get(null)).isEqualTo("say \"*/\" \\u0022 \n");
        assertThat(constants.getField("OLD").isAnnotationPresent(Deprecated.class)).isTrue();
        assertThat(constants.getField("CLASS_IOCTL").get(null)).isEqualTo(0xC01CAE05L);
        assertThat(constants.getField("CLASS_IOCTL_REQUEST").get(null)).isEqualTo(new IoctlRequest(
                IoctlRequest.Direction.READ_WRITE, 0xAE, 5, 28, cls, 0xC01CAE05L));
        assertThat(constants.getField("RUN_REQUEST").get(null)).isEqualTo(new IoctlRequest(
                IoctlRequest.Direction.NONE, 0xAE, 0x80, 0, null, 0xAE80));
        Class<?> e = loader.loadClass("t.h.E");
        assertThat(e.getField("OLD").isAnnotationPresent(Deprecated.class)).isTrue();
        assertThat(e.getField("CONSTANTS").isAnnotationPresent(Deprecated.class)).isFalse();
        assertThat(e.getMethod("of", long.class).invoke(null, 1L).toString()).isEqualTo("Optional[CONSTANTS]");
    }

    @Test
    void anonymousRecordTakesItsTypedefName() throws Exception {
        String key = "struct (anonymous at demo.h:20:9)";
        Fixtures.RecordBuilder point = new Fixtures.RecordBuilder(RecordKind.STRUCT, null, key)
                .field("x", Fixtures.scalar(ScalarKind.INT), 0, 32, 4);
        CType pointT = new CType.Typedef("point_t", new CType.Record(RecordKind.STRUCT, key));
        Fixtures.RecordBuilder shape = new Fixtures.RecordBuilder(RecordKind.STRUCT, "shape", "struct shape")
                .field("origin", pointT, 0, 32, 4);
        List<Declaration> decls = List.of(point.decl(), new TypedefDecl("point_t",
                new CType.Record(RecordKind.STRUCT, key), Attributes.EMPTY, null, Fixtures.pos(20)), shape.decl());
        Fixtures.Fixture f = new Fixtures.Fixture(new TranslationUnit(Fixtures.FILE, decls, List.of(), List.of()),
                Map.of(key, point.layout(4, 4), "struct shape", shape.layout(4, 4)));
        List<GeneratedFile> files = JavaEmitter.emit(f.unit(), f.source(), Target.X86_64, EmitOptions.of("t.td"));
        assertThat(files.stream().map(GeneratedFile::path)).containsExactly("t/td/PointT.java", "t/td/Shape.java");
        assertThat(files.get(1).content()).contains("public PointT origin()", "<code>point_t</code>");
        assertThat(JavaCompilation.compile(tmp, files).errors()).isEmpty();
    }

    @Test
    void literateDocumentationMarkersAreNotJavadocText() {
        Fixtures.Fixture f = Fixtures.lguest();
        String vq = JavaEmitter.emit(f.unit(), f.source(), Target.X86_64, EmitOptions.of("p")).stream()
                .filter(g -> g.path().equals("p/LguestVqconfig.java")).findFirst().orElseThrow().content();
        assertThat(vq).contains("/**\n * This is how we expect the device configuration field for a virtqueue\n")
                .doesNotContain("D:135");
    }

    @Test
    void deprecationPatternIsConfigurable() {
        Fixtures.Fixture f = Fixtures.lguest();
        String byDefault = constants(JavaEmitter.emit(f.unit(), f.source(), Target.X86_64, EmitOptions.of("p")));
        assertThat(byDefault).contains("@Deprecated\n    public static final long LHREQ_GETDMA")
                .doesNotContain("@Deprecated\n    public static final long LHREQ_IRQ");
        String custom = constants(JavaEmitter.emit(f.unit(), f.source(), Target.X86_64, new EmitOptions("p", "\\+ irq")));
        assertThat(custom).contains("@Deprecated\n    public static final long LHREQ_IRQ")
                .doesNotContain("@Deprecated\n    public static final long LHREQ_GETDMA");
    }

    private static String constants(List<GeneratedFile> files) {
        return files.stream().filter(g -> g.path().equals("p/LguestLauncher.java")).findFirst().orElseThrow().content();
    }

    /** The same output from another JVM whose identity hash codes are all alike (-XX:hashCode=2). */
    @Test
    void outputIsTheSameInAnotherJvm() throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process p = new ProcessBuilder(java, "-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=2", "-cp",
                System.getProperty("java.class.path"), EmitDigest.class.getName()).redirectErrorStream(true).start();
        String other = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(other).isZero();
        assertThat(other).startsWith("== t/demo/Color.java\n").isEqualTo(EmitDigest.text());
    }

    @Test
    void outputIsDeterministicSortedAndMarkedGenerated() {
        Fixtures.Fixture f = Fixtures.demo();
        List<GeneratedFile> a = JavaEmitter.emit(f.unit(), f.source(), Target.X86_64, EmitOptions.of("t.demo"));
        List<GeneratedFile> b = JavaEmitter.emit(f.unit(), f.source(), Target.X86_64, EmitOptions.of("t.demo"));
        assertThat(a).isEqualTo(b);
        assertThat(a.stream().map(GeneratedFile::path).toList())
                .containsExactly("t/demo/Color.java", "t/demo/Demo.java", "t/demo/DemoConstants.java", "t/demo/LguestVqconfig.java", "t/demo/Pk.java", "t/demo/T3.java");
        for (GeneratedFile g : a) {
            assertThat(g.content()).contains("@Generated(\"io.jbindgen\")").doesNotContain("date", "\r");
        }
    }

    @Test
    void twoTargetsInTwoPackagesCompileTogether() throws Exception {
        Fixtures.Fixture f = Fixtures.lguest();
        List<GeneratedFile> all = new ArrayList<>(JavaEmitter.emit(f.unit(), f.source(), Target.X86_64,
                EmitOptions.of("t.x86_64")));
        all.addAll(JavaEmitter.emit(f.unit(), f.source(), Target.S390X, EmitOptions.of("t.s390x")));
        JavaCompilation.Result r = JavaCompilation.compile(tmp, all);
        assertThat(r.errors()).isEmpty();
        String s390 = all.stream().filter(g -> g.path().equals("t/s390x/LguestVqconfig.java")).findFirst()
                .orElseThrow().content();
        assertThat(s390).contains("ByteOrder.BIG_ENDIAN").doesNotContain("LITTLE_ENDIAN");
        Class<?> vq = r.loader().loadClass("t.s390x.LguestVqconfig");
        try (var arena = java.lang.foreign.Arena.ofConfined()) {
            Object v = vq.getMethod("allocate", java.lang.foreign.SegmentAllocator.class).invoke(null, arena);
            vq.getMethod("pfn", long.class).invoke(v, 0x01020304L);
            var seg = (java.lang.foreign.MemorySegment) vq.getMethod("segment").invoke(v);
            // s390x is big-endian: pfn (at 4) holds 01 02 03 04
            assertThat(seg.get(java.lang.foreign.ValueLayout.JAVA_BYTE, 4)).isEqualTo((byte) 1);
            assertThat(seg.get(java.lang.foreign.ValueLayout.JAVA_BYTE, 7)).isEqualTo((byte) 4);
        }
    }
}
