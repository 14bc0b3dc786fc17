package io.jbindgen.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.target.Target;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.lex.Lexer;
import io.jbindgen.lex.Token;
import io.jbindgen.lex.TokenKind;
import io.jbindgen.model.MacroDecl;
import io.jbindgen.model.Position;
import io.jbindgen.model.ScalarKind;
import io.jbindgen.model.SkippedDecl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Macro values over a stand-in for the preprocessor's table that only expands object-like macros. */
class MacroValuesTest {

    private final Diagnostics diags = new Diagnostics();
    private final HeaderParser parser = new HeaderParser(Target.X86_64, diags);
    private final Map<String, List<Token>> table = new LinkedHashMap<>();
    private List<SkippedDecl> skipped = List.of();

    private List<Token> lex(String text) {
        List<Token> t = new ArrayList<>(Lexer.tokenize("m.h", text, diags));
        t.removeIf(x -> x.kind() == TokenKind.EOF);
        return t;
    }

    private List<MacroDecl> compute(String declarations, String... defines) {
        parser.parse(Lexer.tokenize("m.h", declarations, diags));
        List<MacroSource> sources = new ArrayList<>();
        for (String d : defines) {
            int sp = d.indexOf(' ');
            String name = sp < 0 ? d : d.substring(0, sp);
            List<Token> body = sp < 0 ? List.of() : lex(d.substring(sp + 1));
            table.put(name, body);
            sources.add(new MacroSource(name, false, body, new Position("m.h", sources.size() + 1, 9), null));
        }
        MacroExpansion expansion = new MacroExpansion() {
            @Override
            public List<Token> expand(List<Token> tokens, Diagnostics d) {
                return expandGuarded(tokens, 0);
            }

            @Override
            public List<Token> objectLikeBody(String name) {
                return table.get(name);
            }

            @Override
            public List<Token> body(String name) {
                return table.get(name);
            }
        };
        MacroValues.Result result = new MacroValues(parser.environment(), expansion).compute(sources);
        skipped = result.skipped();
        return result.values();
    }

    private List<Token> expandGuarded(List<Token> tokens, int depth) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            List<Token> body = t.isIdentifier() && depth < 20 ? table.get(t.text()) : null;
            if (body != null) {
                out.addAll(expandGuarded(body, depth + 1));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    @Test
    void integersStringsAndReasons() {
        List<MacroDecl> values = compute("enum { E3 = 3 }; typedef unsigned int u32;",
                "ALIGN 4096", "BIG 0xffffffffffffffffUL", "NEG (-1)", "SHIFTED (1U << 31)", "VIA_OTHER (ALIGN * 2)",
                "WITH_ENUM (E3 + 1)", "CAST ((u32)-1)", "SIZE sizeof(u32[4])", "NAME \"lguest\" \"-launcher\\n\"",
                "EMPTY", "PI 3.14", "TYPE unsigned long", "ATTR __attribute__((packed))", "UNKNOWN some_function",
                "HEXFLOAT 0x1p3");
        assertThat(diags.all()).isEmpty();
        assertThat(values).extracting(MacroDecl::name).containsExactly("ALIGN", "BIG", "NEG", "SHIFTED", "VIA_OTHER",
                "WITH_ENUM", "CAST", "SIZE", "NAME");
        assertThat(values.get(0)).isEqualTo(new MacroDecl.Integer("ALIGN", 4096, ScalarKind.INT, null, null,
                new Position("m.h", 1, 9)));
        assertThat(((MacroDecl.Integer) values.get(1)).value()).isEqualTo(-1L);
        assertThat(((MacroDecl.Integer) values.get(1)).type()).isEqualTo(ScalarKind.UNSIGNED_LONG);
        assertThat(((MacroDecl.Integer) values.get(2)).value()).isEqualTo(-1L);
        assertThat(((MacroDecl.Integer) values.get(3)).value()).isEqualTo(0x80000000L);
        assertThat(((MacroDecl.Integer) values.get(3)).type()).isEqualTo(ScalarKind.UNSIGNED_INT);
        assertThat(((MacroDecl.Integer) values.get(4)).value()).isEqualTo(8192);
        assertThat(((MacroDecl.Integer) values.get(5)).value()).isEqualTo(4);
        assertThat(((MacroDecl.Integer) values.get(6)).value()).isEqualTo(0xffffffffL);
        assertThat(((MacroDecl.Integer) values.get(7)).value()).isEqualTo(16);
        assertThat(((MacroDecl.Integer) values.get(7)).type()).isEqualTo(ScalarKind.UNSIGNED_LONG);
        assertThat(((MacroDecl.Text) values.get(8)).value()).isEqualTo("lguest-launcher\n");
        assertThat(skipped).extracting(SkippedDecl::name, SkippedDecl::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("EMPTY", "empty macro"),
                org.assertj.core.groups.Tuple.tuple("PI", "floating constant"),
                org.assertj.core.groups.Tuple.tuple("TYPE", "expands to a type"),
                org.assertj.core.groups.Tuple.tuple("ATTR", "not a constant expression: "
                        + reasonOf("ATTR")),
                org.assertj.core.groups.Tuple.tuple("UNKNOWN", "not a constant expression: " + reasonOf("UNKNOWN")),
                org.assertj.core.groups.Tuple.tuple("HEXFLOAT", "floating constant"));
        assertThat(reasonOf("UNKNOWN")).contains("some_function");
    }

    /** asm-generic/signal-defs.h: gcc types {@code ((__sighandler_t)0)} as a pointer, not an integer. */
    @Test
    void pointerConstantsAreSkippedWithTheirCode() {
        List<MacroDecl> values = compute("typedef void __signalfn_t(int); typedef __signalfn_t *__sighandler_t;",
                "SIG_DFL ((__sighandler_t)0)", "SIG_ERR ((__sighandler_t)-1)", "NULLP ((void *)0)",
                "BACK ((unsigned long)(void *)0)", "TYPED_INT ((int)5)");
        assertThat(values).extracting(MacroDecl::name).containsExactly("BACK", "TYPED_INT");
        assertThat(skipped).extracting(SkippedDecl::name, SkippedDecl::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("SIG_DFL", "macro-pointer"),
                org.assertj.core.groups.Tuple.tuple("SIG_ERR", "macro-pointer"),
                org.assertj.core.groups.Tuple.tuple("NULLP", "macro-pointer"));
    }

    /** Each reason has its stable code. */
    @Test
    void everySkipHasAStableCode() {
        compute("", "EMPTY", "PI 3.14", "TYPE unsigned long", "UNKNOWN some_function");
        assertThat(skipped).extracting(SkippedDecl::name, SkippedDecl::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("EMPTY", "macro-empty"),
                org.assertj.core.groups.Tuple.tuple("PI", "macro-floating"),
                org.assertj.core.groups.Tuple.tuple("TYPE", "macro-type"),
                org.assertj.core.groups.Tuple.tuple("UNKNOWN", "macro-not-constant"));
    }

    private String reasonOf(String name) {
        String r = skipped.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().reason();
        return r.substring(r.indexOf(": ") + 2);
    }
}
