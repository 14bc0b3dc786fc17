package io.jbindgen.preprocess;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.target.Target;
import io.jbindgen.oracle.Toolchains;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Macro expansion, checked against literal expectations and against {@code gcc -E}. */
class MacroExpansionTest {

    @TempDir
    Path dir;

    /** Inputs whose expansion must equal gcc's token for token. */
    static final String[] SNIPPETS = {
        // C11 6.10.3.5 EXAMPLE 3
        """
        #define x 3
        #define f(a) f(x * (a))
        #undef x
        #define x 2
        #define g f
        #define z z[0]
        #define h g(~
        #define m(a) a(w)
        #define w 0,1
        #define t(a) a
        #define p() int
        #define q(x) x
        #define r(x,y) x ## y
        #define str(x) # x
        f(y+1) + f(f(z)) % t(t(g)(0) + t)(1);
        g(x+(3,4)-w) | h 5) & m
        (f)^m(m);
        p() i[q()] = { q(1), r(2,3), r(4,), r(,5), r(,) };
        char c[2][6] = { str(hello), str() };
        """,
        // C11 6.10.3.5 EXAMPLE 4
        """
        #define str(s) # s
        #define xstr(s) str(s)
        #define debug(s, t) printf("x" # s "= %d, x" # t "= %s", \\
         x ## s, x ## t)
        #define INCFILE(n) vers ## n
        #define glue(a, b) a ## b
        #define xglue(a, b) glue(a, b)
        #define HIGHLOW "hello"
        #define LOW LOW ", world"
        debug(1, 2);
        fputs(str(strncmp("abc\\0d", "abc", '\\4') // this goes away
         == 0) str(: @\\n), s);
        xstr(INCFILE(2).h)
        glue(HIGH, LOW);
        xglue(HIGH, LOW)
        """,
        // C11 6.10.3.5 EXAMPLE 5 and 7
        """
        #define t(x,y,z) x ## y ## z
        int j[] = { t(1,2,3), t(,4,5), t(6,,7), t(8,9,),
         t(10,,), t(,11,), t(,,12), t(,,) };
        #define debug(...) fprintf(stderr, __VA_ARGS__)
        #define showlist(...) puts(#__VA_ARGS__)
        #define report(test, ...) ((test)?puts(#test): printf(__VA_ARGS__))
        debug("Flag");
        debug("X = %d\\n", x);
        showlist(The first, second, and third items.);
        report(x>y, "x is %d but y is %d", x, y);
        """,
        // recursion and painting
        """
        #define foo foo
        #define a b
        #define b a
        #define f(x) g(x) f
        #define g(x) x + f
        foo a b f(1)(2)(3) g(f)(4)
        #define AA BB
        #define BB AA
        #define CALL(m) m(AA)
        #define ID(x) x
        CALL(ID) ID(ID)(AA) ID(ID(ID(AA)))
        """,
        // GNU variadics, __VA_OPT__, empty arguments, function-like name without parentheses
        """
        #define e(fmt, ...) printf(fmt, ## __VA_ARGS__)
        #define n(fmt, args...) printf(fmt , ## args)
        #define o(a, ...) f(a __VA_OPT__(,) __VA_ARGS__)
        e("x") e("x", 1, 2) n("y") n("y", 3) o(1) o(1, 2, 3)
        #define fn(x) [x]
        fn fn() fn(()) fn((a,b)) fn(
          multi
          line)
        #define EMPTY
        #define LPAREN (
        #define RPAREN )
        #define F(x, y) x + y
        #define ELLIP_FUNC(...) __VA_ARGS__
        ELLIP_FUNC(F, LPAREN, 'a', 'b', RPAREN);
        EMPTY # define nothing
        """,
        // stringizing details, pasting to form operators and numbers, __LINE__
        """
        #define s(x) #x
        #define xs(x) s(x)
        s("a\\n" 'b' "\\"") s(  spaced   out  ) s(a/*c*/b) xs(__LINE__) xs(1 ## 2)
        #define cat(a, b) a ## b
        cat(<, <) cat(-, >) cat(0x, 1f) cat(1, e5) cat(L, 'a') cat(, ) cat(x, ) __LINE__
        #define kernel_ioc(d, t, n, s) (((d) << 30) | ((t) << 8) | (n) | ((s) << 16))
        #define io(t, n) kernel_ioc(0U, t, n, 0)
        #define iow(t, n, ty) kernel_ioc(1U, (t), (n), sizeof(ty))
        io(0xAE, 0x01) iow('L', 2, struct x)
        """,
    };

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void expandsLikeGcc(int index) throws Exception {
        List<String> gcc = Toolchains.compiler(Target.X86_64);
        PpFixture fx = new PpFixture(dir).file("main.c", SNIPPETS[index]);
        PreprocessedUnit u = fx.run("main.c");
        assertThat(fx.diagnostics.hasErrors()).as(fx.formatted().toString()).isFalse();
        assertThat(GccOracle.texts(u)).isEqualTo(GccOracle.tokens(gcc, dir.resolve("main.c"), List.of()));
    }

    @Test
    void standardExample3GivesTheStandardsResult() {
        String out = new PpFixture(dir).expand(SNIPPETS[0]);
        assertThat(out).startsWith("f ( 2 * ( y + 1 ) ) + f ( 2 * ( f ( 2 * ( z [ 0 ] ) ) ) ) % f ( 2 * ( 0 ) )"
                + " + t ( 1 ) ;");
        assertThat(out).contains("int i [ ] = { 1 , 23 , 4 , 5 , } ;");
        assertThat(out).endsWith("char c [ 2 ] [ 6 ] = { \"hello\" , \"\" } ;");
    }

    @Test
    void recursiveMacrosTerminate() {
        PpFixture fx = new PpFixture(dir);
        assertThat(fx.expand("#define foo foo + 1\n#define a b\n#define b a\nfoo a b\n"))
                .isEqualTo("foo + 1 a b");
        assertThat(fx.diagnostics.all()).isEmpty();
    }

    @Test
    void wrongArgumentCountIsAnErrorAtTheInvocation() {
        PpFixture fx = new PpFixture(dir);
        fx.expand("#define two(a, b) a b\n\n  two(1)\n");
        assertThat(fx.formatted()).containsExactly(dir.resolve("main.h") + ":3:3: error: macro \"two\" requires"
                + " 2 arguments, but 1 given [macro-argument-count]");
    }

    @Test
    void unterminatedInvocationIsAnError() {
        PpFixture fx = new PpFixture(dir);
        fx.expand("#define f(a) a\nf(1, \n");
        assertThat(fx.codes()).containsExactly("unterminated-macro-call");
    }

    @Test
    void badPasteIsAnError() {
        PpFixture fx = new PpFixture(dir);
        assertThat(fx.expand("#define cat(a, b) a ## b\ncat(+, -)\n")).isEqualTo("+ -");
        assertThat(fx.codes()).containsExactly("invalid-paste");
    }

    @Test
    void macroTableExpandsWithTheFinalDefinitions() {
        PpFixture fx = new PpFixture(dir);
        fx.file("main.h", "#define _IOC(d, n) ((d) << 8 | (n))\n#define REQ _IOC(1, LATER)\n#define LATER 7\n");
        MacroTable table = fx.run("main.h").macros();
        MacroDefinition req = table.get("REQ");
        assertThat(PpFixture.text(new PreprocessedUnit("x", table.expand(req.body(), fx.diagnostics), List.of(), List.of(), table)))
                .isEqualTo("( ( 1 ) << 8 | ( 7 ) )");
        assertThat(table.objectLike()).extracting(MacroDefinition::name).containsSubsequence("REQ", "LATER");
    }
}
