package io.jbindgen.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.target.Target;
import io.jbindgen.model.FieldDecl;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class ErrorRecoveryTest {

    @Test
    void badMemberIsSkippedAndTheRestOfTheRecordKept() {
        Parsed p = Parsed.of("struct s {\n  int a;\n  int b c;\n  int d;\n};\nstruct t { int e; };");
        assertThat(p.errors()).containsExactly("t.h:3:9: error: expected ';' or ',' after member before 'c' [syntax-error]");
        assertThat(p.record("struct s").fields()).extracting(FieldDecl::name).containsExactly("a", "d");
        assertThat(p.record("struct t").fields()).hasSize(1);
    }

    @Test
    void badTopLevelDeclarationIsSkippedToItsEnd() {
        Parsed p = Parsed.of("""
                unknown_t x;
                enum e { A = , B };
                struct ok1 { int x; };
                @@ ;
                int f(int a { int b; };
                struct ok2 { int y; };
                """);
        assertThat(p.errors()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(p.errors().getFirst()).isEqualTo("t.h:1:1: error: unknown type name 'unknown_t' [syntax-error]");
        assertThat(p.record("struct ok1").fields()).hasSize(1);
        assertThat(p.record("struct ok2").fields()).hasSize(1);
    }

    @Test
    void unknownTypeInsideARecordNamesTheType() {
        Parsed p = Parsed.of("struct s { my_type x; int y; };");
        assertThat(p.errors()).containsExactly("t.h:1:12: error: unknown type name 'my_type' [syntax-error]");
        assertThat(p.record("struct s").fields()).extracting(FieldDecl::name).containsExactly("y");
    }

    @Test
    void deepNestingIsADiagnosticNotAStackOverflow() {
        int depth = 10_000;
        String records = "struct s { ".repeat(depth) + "int x;" + " } a;".repeat(depth);
        String parens = "int " + "(".repeat(depth) + "x" + ")".repeat(depth) + ";";
        Parsed p = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> Parsed.of(records + "\n" + parens + "\nstruct after { int y; };"));
        assertThat(p.errors()).anyMatch(e -> e.startsWith("t.h:1:") && e.endsWith("[nesting-too-deep]"));
        assertThat(p.errors()).anyMatch(e -> e.startsWith("t.h:2:") && e.endsWith("[nesting-too-deep]"));
        assertThat(p.record("struct after").fields()).hasSize(1);
    }

    @Test
    void arraySizesThatOverflowAreDiagnosed() {
        Parsed p = Parsed.of("""
                struct a { char x[-1]; };
                struct b { long x[0x7fffffffffffffff]; };
                struct c { int x[0x40000000][0x40000000][16]; };
                struct d { char x[0x7fffffff]; };
                """);
        assertThat(p.errors()).hasSize(3).allMatch(e -> e.contains("array size too large"));
        assertThat(p.errors()).extracting(e -> e.substring(0, e.indexOf(": "))).containsExactly("t.h:1:18", "t.h:2:18", "t.h:3:17");
        assertThat(p.record("struct d").fields()).hasSize(1);
        Parsed i386 = Parsed.of("struct d { char x[0x7fffffff]; }; struct e { short y[0x40000000]; };", Target.I386);
        assertThat(i386.errors()).hasSize(1).allMatch(e -> e.startsWith("t.h:1:53") && e.contains("array size too large"));
    }

    @Test
    void bitfieldWidthsAreChecked() {
        Parsed p = Parsed.of("""
                struct s {
                    unsigned char a : 9;
                    int b : 33;
                    int c : 0;
                    float d : 1;
                    long e : 64;
                    int : -1;
                };
                """);
        assertThat(p.errors()).extracting(e -> e.substring(0, e.indexOf(": error")) + " " + e.substring(e.indexOf("error: ") + 7))
                .containsExactly(
                        "t.h:2:19 width of bit-field 'a' exceeds its type [bad-bitfield]",
                        "t.h:3:9 width of bit-field 'b' exceeds its type [bad-bitfield]",
                        "t.h:4:9 zero width for bit-field 'c' [bad-bitfield]",
                        "t.h:5:11 bit-field 'd' has invalid type float [bad-bitfield]",
                        "t.h:7:9 unnamed bit-field has negative width [bad-bitfield]");
        assertThat(p.record("struct s").fields()).extracting(FieldDecl::name).containsExactly("e");
    }

    @Test
    void sizeofOfAnIncompleteRecordIsAnError() {
        Parsed p = Parsed.of("struct s { char x[sizeof(struct missing)]; };");
        assertThat(p.errors()).anyMatch(e -> e.contains("[incomplete-type]"));
    }
}
