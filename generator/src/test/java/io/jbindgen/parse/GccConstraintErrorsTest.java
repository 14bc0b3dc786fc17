package io.jbindgen.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.target.Target;
import io.jbindgen.diag.Diagnostic;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.diag.Severity;
import io.jbindgen.oracle.Toolchains;
import io.jbindgen.preprocess.PreprocessorOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * gcc's constraint errors in a header are jbindgen errors too. Each row is one rule: a header gcc
 * rejects, the gcc message it mirrors, and the stable code jbindgen reports. Every row is checked
 * against a real {@code gcc -fsyntax-only} run (it must reject the header with that message) and
 * jbindgen must report an error with the code on the line gcc names. A second table holds near misses
 * gcc accepts, on which jbindgen must report nothing.
 */
class GccConstraintErrorsTest {
    private static final Pattern GCC_ERROR = Pattern.compile("(?m)^[^:\\n]*:(\\d+):(\\d+): error: (.*)$");

    /** One rule: what gcc says, what jbindgen calls it, and a header that breaks it. */
    record Rule(String gccMessage, String code, String header) {
        @Override
        public String toString() {
            return code + ": " + gccMessage;
        }
    }

    static Stream<Rule> rules() {
        return Stream.of(
                new Rule("redefinition of 'struct a'", "redefinition",
                        "struct a { int x; };\nstruct a { int x; };\n"),
                new Rule("redefinition of 'union u'", "redefinition",
                        "union u { int x; };\nunion u { long y; };\n"),
                new Rule("redeclaration of 'enum e'", "redefinition",
                        "enum e { A };\nenum e { B };\n"),
                new Rule("redeclaration of enumerator 'K'", "redeclaration",
                        "enum f { K };\nenum g { L, K };\n"),
                new Rule("duplicate member 'x'", "duplicate-member",
                        "struct s {\n\tint x;\n\tlong x;\n};\n"),
                new Rule("duplicate member 'x'", "duplicate-member",
                        "struct s {\n\tint x;\n\tunion { short y; char x; };\n};\n"),
                new Rule("static assertion failed: \"too small\"", "static-assert-failed",
                        "struct p { int a; long b; };\n_Static_assert(sizeof(struct p) == 12, \"too small\");\n"),
                new Rule("static assertion failed: \"member\"", "static-assert-failed",
                        "struct q { char c; int a[2]; _Static_assert(sizeof(int) == 2, \"member\"); };\n"),
                new Rule("flexible array member not at end of struct", "flexible-array-member",
                        "struct f { int n;\n\tint d[];\n\tint m; };\n"),
                new Rule("flexible array member in union", "flexible-array-member",
                        "union fu { int n;\n\tint d[]; };\n"),
                new Rule("flexible array member in a struct with no named members", "flexible-array-member",
                        "struct fe { int :3;\n\tint d[]; };\n"),
                new Rule("width of 'c' exceeds its type", "bad-bitfield",
                        "struct b { char c : 9; };\n"),
                new Rule("width of 'c' exceeds its type", "bad-bitfield",
                        "struct b { _Bool c : 2; };\n"),
                new Rule("negative width in bit-field 'c'", "bad-bitfield",
                        "struct b { int c : -1; };\n"),
                new Rule("zero width for bit-field 'c'", "bad-bitfield",
                        "struct b { int c : 0; };\n"),
                new Rule("bit-field 'c' has invalid type", "bad-bitfield",
                        "struct b { double c : 3; };\n"),
                new Rule("alignment of array elements is greater than element size", "array-element-alignment",
                        "typedef char c4 __attribute__((aligned(4)));\nstruct ae { int n;\n\tc4 a[3]; };\n"),
                new Rule("alignment of array elements is greater than element size", "array-element-alignment",
                        "typedef char c4 __attribute__((aligned(4)));\nstruct ae { int n;\n\tc4 a[]; };\n"),
                new Rule("alignment of array elements is greater than element size", "array-element-alignment",
                        "enum e { E };\ntypedef enum e e8 __attribute__((aligned(8)));\ntypedef e8 e8_pair[2];\n"),
                new Rule("size of array element is not a multiple of its alignment", "array-element-alignment",
                        "typedef char c3[3];\ntypedef c3 c3a2 __attribute__((aligned(2)));\ntypedef c3a2 c3arr[3];\n"),
                new Rule("overflow in enumeration values", "enum-overflow",
                        "enum e { A = 0xffffffff,\n\tB };\n"),
                new Rule("overflow in enumeration values", "enum-overflow",
                        "enum e { A = 0x7ffffffe, B,\n\tC };\n"),
                new Rule("before ')' token", "syntax-error",
                        "char t2 __attribute__((__aligned(16)__));\n"),
                new Rule("requested alignment '536870912' exceeds maximum 268435456", "bad-attribute",
                        "struct am {\n\tint x __attribute__((aligned(1 << 29)));\n};\n"),
                new Rule("array type has incomplete element type 'int[]'", "array-element-incomplete",
                        "struct ai { int n;\n\tint x[2][]; };\n"),
                new Rule("'s' defined as wrong kind of tag", "wrong-tag-kind",
                        "struct s { int x; };\nunion s { int y; };\n"),
                new Rule("'e' defined as wrong kind of tag", "wrong-tag-kind",
                        "enum e;\nstruct e *p;\n"),
                new Rule("'b' defined as wrong kind of tag", "wrong-tag-kind",
                        "struct a { struct b { int x; } in; };\nunion b *q;\n"),
                new Rule("conflicting types for 'T'", "conflicting-types",
                        "typedef int T;\ntypedef long T;\n"),
                new Rule("conflicting types for 'S'", "conflicting-types",
                        "typedef struct s S;\ntypedef struct t S;\n"),
                new Rule("redefinition of typedef 'E' with different type", "conflicting-types",
                        "enum e { E0 };\ntypedef enum e E;\ntypedef unsigned int E;\n"),
                new Rule("conflicting types for 'x'", "conflicting-types",
                        "int x;\nlong x;\n"),
                new Rule("conflicting types for 'A3'", "conflicting-types",
                        "typedef int A3[3];\ntypedef int A3[4];\n"),
                new Rule("expected specifier-qualifier-list before 'static'", "syntax-error",
                        "struct st {\n\tstatic int a; };\n"),
                new Rule("expected specifier-qualifier-list before 'typedef'", "syntax-error",
                        "struct st {\n\ttypedef int a; };\n"),
                new Rule("redefinition of parameter 'a'", "redefinition",
                        "void g(int a,\n\tint a);\n"),
                new Rule("expected ',', ';' or '}' before ':' token", "syntax-error",
                        "struct ba {\n\tint x __attribute__((aligned(8))) : 3; };\n"),
                new Rule("requested alignment '3' is not a positive power of 2", "bad-alignas",
                        "struct as {\n\t_Alignas(3) int x; };\n"),
                new Rule("unknown machine mode 'XX'", "unsupported-attribute",
                        "struct md {\n\tint x __attribute__((mode(XX))); };\n"),
                new Rule("mode 'SF' applied to inappropriate type", "unsupported-attribute",
                        "struct md {\n\tint x __attribute__((mode(SF))); };\n"),
                new Rule("wrong number of arguments specified for 'packed' attribute", "bad-attribute",
                        "struct pk { char c; } __attribute__((packed(2)));\n"),
                new Rule("requested alignment '3' is not a positive power of 2", "bad-attribute",
                        "struct al {\n\tint x __attribute__((aligned(3)));\n};\n"));
    }

    static Stream<String> accepted() {
        return Stream.of(
                "struct a;\nstruct a;\nstruct a { int x; };\nstruct a;\n",
                "struct s { int x; };\nstruct t { int x; };\n",
                "struct s { int x; struct { int y; } in; union { int z; }; };\n",
                "struct f { int n; int zero[0]; int m; int d[]; };\n",
                "struct g { struct { int a; }; int d[]; };\n",
                "enum e { A };\nenum e v;\nenum f { B = A + 1 };\n",
                "struct p { int a; long b; };\n_Static_assert(sizeof(struct p) == 16, \"ok\");\n",
                "_Static_assert(sizeof(struct undefined_here *) == 8, \"pointer\");\n",
                "struct b { unsigned c : 32; char d : 8; int : 0; };\n",
                "struct b { _Bool c : 1; _Bool : 0; _Bool d; };\n",
                "enum e { A = 0xffffffff, B = 5 };\nenum f { C = 4294967294LL, D, E };\nenum g { F = 0x7fffffff, G = F - 1 };\n",
                "struct a { int x __attribute__((aligned(4), packed)) __attribute__((__aligned__(8),)); };\n",
                "struct m { int x __attribute__((aligned(1 << 28))); int n; int z[][3]; };\n",
                "enum e { E0 };\ntypedef enum e E;\ntypedef enum e E;\ntypedef int A;\ntypedef A B;\ntypedef int B;\n"
                        + "typedef struct s S;\ntypedef struct s S;\ntypedef int *P;\ntypedef int *P;\n"
                        + "typedef unsigned int U;\ntypedef unsigned U;\n",
                "void g(struct t *p);\nunion t { int a; };\nstruct s;\nstruct s { int a; };\nstruct s *p;\nenum e { E };\nenum e v;\n",
                "typedef char c1 __attribute__((aligned(1)));\ntypedef long long l4 __attribute__((aligned(4)));\n"
                        + "struct e {};\ntypedef struct e e8 __attribute__((aligned(8)));\n"
                        + "struct ok { c1 a[3]; l4 b[2]; e8 c[2]; char (*p)[3]; long double d[2]; };\n");
    }

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void gccAndJbindgenBothRejectIt(Rule rule) throws IOException, InterruptedException {
        Path header = Files.writeString(dir.resolve("rule.h"), rule.header());
        String gcc = gcc(header);
        Matcher m = GCC_ERROR.matcher(gcc);
        assertThat(m.find()).as("gcc must reject %s, it said: %s", rule.header(), gcc).isTrue();
        assertThat(m.group(3)).as("gcc's message").contains(rule.gccMessage());
        int gccLine = Integer.parseInt(m.group(1));

        List<Diagnostic> errors = jbindgenErrors(header);
        assertThat(errors).as("jbindgen's errors for %s", rule.header())
                .anySatisfy(d -> {
                    assertThat(d.code()).isEqualTo(rule.code());
                    assertThat(d.position().file()).isEqualTo(header.toString());
                    assertThat(d.position().line()).isEqualTo(gccLine);
                });
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void nearMissesGccAcceptsAreAccepted(String text) throws IOException, InterruptedException {
        Path header = Files.writeString(dir.resolve("ok.h"), text);
        assertThat(gcc(header)).as("gcc accepts it").doesNotContain("error:");
        assertThat(jbindgenErrors(header)).isEmpty();
    }

    private static List<Diagnostic> jbindgenErrors(Path header) {
        Diagnostics d = new Diagnostics();
        FrontEnd.parse(header, PreprocessorOptions.of(Target.X86_64, List.of()), d);
        return d.all().stream().filter(x -> x.severity() == Severity.ERROR).toList();
    }

    /** {@return gcc's output for the header (C locale: plain quotes)} */
    private static String gcc(Path header) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(Toolchains.compiler(Target.X86_64));
        command.addAll(List.of("-fsyntax-only", "-x", "c", header.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("LC_ALL", "C");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
