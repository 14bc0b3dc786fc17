package io.jbindgen.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.target.Target;
import io.jbindgen.model.EnumConstant;
import io.jbindgen.model.ScalarKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnumsTest {

    /** Expected types printed by gcc 12 on x86_64 with {@code _Generic((enum x)0, ...)}. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            enum a { A1 = 1 };                                       | UNSIGNED_INT
            enum b { B1 = -1 };                                      | INT
            enum c { C1 = 0x80000000 };                              | UNSIGNED_INT
            enum d { D1 = -1, D2 = 0x7fffffff };                     | INT
            enum e { E1 = -1, E2 = 0x80000000 };                     | LONG
            enum __attribute__((packed)) f { F1 = 255 };             | UNSIGNED_CHAR
            enum __attribute__((packed)) g { G1 = -1, G2 = 127 };    | SIGNED_CHAR
            enum __attribute__((packed)) h { H1 = 256 };             | UNSIGNED_SHORT
            enum i { I1 = 0x100000000 };                             | UNSIGNED_LONG
            enum j { J1 } __attribute__((__packed__));               | UNSIGNED_CHAR
            """)
    void underlyingTypeAsGccPicksIt(String text, ScalarKind expected) {
        Parsed p = Parsed.of(text);
        assertThat(p.errors()).isEmpty();
        assertThat(((io.jbindgen.model.EnumDecl) p.declarations().getFirst()).underlying()).isEqualTo(expected);
    }

    @Test
    void sixtyFourBitEnumsAreLongLongOnI386() {
        Parsed p = Parsed.of("enum e { E1 = -1, E2 = 0x80000000LL };", Target.I386);
        assertThat(p.enumeration("enum e").underlying()).isEqualTo(ScalarKind.LONG_LONG);
    }

    @Test
    void valuesFollowEarlierEnumeratorsAndExpressions() {
        Parsed p = Parsed.of("""
                typedef unsigned short u16;
                enum flags {
                    F_A = 1 << 0,
                    F_B = 1 << 1,
                    F_AB = F_A | F_B,
                    F_NEXT,
                    F_NEG = -5,
                    F_AFTER_NEG,
                    F_CHAR = 'x',
                    F_SIZE = sizeof(u16) * 10,
                    F_COND = F_AB > 2 ? 100 : 200,
                    F_CAST = (unsigned char)0x1ff,
                };
                enum { LATER = F_COND + 1 };
                struct s { char a[LATER]; };
                """);
        assertThat(p.errors()).isEmpty();
        assertThat(p.enumeration("enum flags").constants()).extracting(EnumConstant::value)
                .containsExactly(1L, 2L, 3L, 4L, -5L, -4L, 120L, 20L, 100L, 255L);
        assertThat(p.enumeration("enum flags").underlying()).isEqualTo(ScalarKind.INT);
        assertThat(p.fieldType("struct s", "a")).isEqualTo("char[101]");
    }

    @Test
    void enumConstantShadowsNothingAndTypedefWinsAfterRedeclaration() {
        Parsed p = Parsed.of("enum { T = 3 }; typedef int T2; struct s { T2 x[T]; };");
        assertThat(p.errors()).isEmpty();
        assertThat(p.fieldType("struct s", "x")).isEqualTo("T2[3]");
    }

    @Test
    void enumForwardReferenceAndTypedefOfEnum() {
        Parsed p = Parsed.of("enum later; typedef enum { X, Y } xy_t; struct s { enum later *p; xy_t v; };");
        assertThat(p.errors()).isEmpty();
        assertThat(p.fieldType("struct s", "p")).isEqualTo("enum later *");
        assertThat(p.typedef("xy_t").type().spelling()).isEqualTo("enum (anonymous at t.h:1:21)");
    }
}
