package io.jbindgen.preprocess;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.lex.Token;
import io.jbindgen.model.Comment;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PositionsAndCommentsTest {

    @TempDir
    Path dir;

    @Test
    void expandedTokensKeepSpellingPositionAndGetTheOutermostInvocation() {
        PpFixture fx = new PpFixture(dir).file("main.h", "#define INNER(x) (x + 1)\n#define OUTER INNER(2)\n\nint a = OUTER;\n");
        List<Token> t = fx.run("main.h").tokens();
        String main = dir.resolve("main.h").toString();
        Token open = t.get(3);
        assertThat(open.text()).isEqualTo("(");
        assertThat(open.position().toString()).isEqualTo(main + ":1:18");
        assertThat(open.expansion().toString()).isEqualTo(main + ":4:9");
        Token two = t.get(4);
        assertThat(two.text()).isEqualTo("2");
        assertThat(two.position().toString()).isEqualTo(main + ":2:21");
        assertThat(two.expansion().toString()).isEqualTo(main + ":4:9");
        assertThat(t.get(0).expansion()).isNull();
        assertThat(t.get(0).position().toString()).isEqualTo(main + ":4:1");
    }

    @Test
    void tokensFromIncludedFilesNameThatFile() {
        PpFixture fx = new PpFixture(dir).file("main.h", "#include \"b.h\"\nx\n").file("b.h", "\n  y\n");
        List<Token> t = fx.run("main.h").tokens();
        assertThat(t.get(0).position().toString()).isEqualTo(dir.resolve("b.h") + ":2:3");
        assertThat(t.get(1).position().toString()).isEqualTo(dir.resolve("main.h") + ":2:1");
    }

    @Test
    void commentsSurviveOnTokensAndBeforeInvocations() {
        PpFixture fx = new PpFixture(dir).file("main.h", """
                #define T int
                /* the struct */
                struct s {
                    /** doc of a */
                    T a; // trailing a
                    int b;
                };
                """);
        List<Token> t = fx.run("main.h").tokens();
        assertThat(t.get(0).comments()).extracting(Comment::text).containsExactly("the struct");
        Token typeOfA = t.get(3);
        assertThat(typeOfA.text()).isEqualTo("int");
        assertThat(typeOfA.comments()).extracting(Comment::text).containsExactly("doc of a");
        assertThat(t.get(6).comments()).extracting(Comment::text).containsExactly("trailing a");
    }

    @Test
    void commentsBeforeAnInvocationThatExpandsToNothingMoveToTheNextToken() {
        PpFixture fx = new PpFixture(dir).file("main.h", "#define __user\n#define F(x)\n/** doc */ __user F(1) int a;\n");
        List<Token> t = fx.run("main.h").tokens();
        assertThat(t.getFirst().text()).isEqualTo("int");
        assertThat(t.getFirst().comments()).extracting(Comment::text).containsExactly("doc");
    }

    @Test
    void directivesConsumeTheirCommentsButDefinesKeepTheirDoc() {
        PpFixture fx = new PpFixture(dir).file("main.h", """
                /* Number of widgets.
                 * At most 8. */
                #define WIDGETS 8
                #define GADGETS 3 /* gadgets */
                #include "x.h" /* about x */
                int after;
                """).file("x.h", "");
        PreprocessedUnit u = fx.run("main.h");
        assertThat(u.macros().get("WIDGETS").doc().text()).isEqualTo("Number of widgets.\nAt most 8.");
        assertThat(u.macros().get("GADGETS").doc().text()).isEqualTo("gadgets");
        assertThat(u.tokens().getFirst().comments()).isEmpty();
        assertThat(u.macros().get("WIDGETS").position().toString()).isEqualTo(dir.resolve("main.h") + ":3:9");
    }

    @Test
    void aCommentTrailingALineDocumentsOnlyThatLine() {
        PpFixture fx = new PpFixture(dir).file("main.h", """
                #define KVMIO 0xAE
                #define KVM_CREATE_VM _IO(KVMIO, 0x01) /* returns a VM fd */
                #define KVM_GET_MSR_INDEX_LIST _IOWR(KVMIO, 0x02, struct kvm_msr_list)
                #define KVM_EXIT_DCR 15 /* deprecated */
                #define KVM_EXIT_NMI 16
                int x; /* about x */
                #define AFTER_CODE 1
                #if 1 /* always */
                #define IN_GROUP 2
                #endif
                #define LONG 3 /* a remark that
                                  goes on */
                #define AFTER_LONG 4
                #define TRAILED 5 /* trails TRAILED */
                /* documents NEXT */
                #define NEXT 6
                """);
        MacroTable m = fx.run("main.h").macros();
        assertThat(m.get("KVM_CREATE_VM").doc().text()).isEqualTo("returns a VM fd");
        assertThat(m.get("KVM_GET_MSR_INDEX_LIST").doc()).isNull();
        assertThat(m.get("KVM_EXIT_DCR").doc().text()).isEqualTo("deprecated");
        assertThat(m.get("KVM_EXIT_NMI").doc()).isNull();
        assertThat(m.get("AFTER_CODE").doc()).isNull();
        assertThat(m.get("IN_GROUP").doc()).isNull();
        assertThat(m.get("LONG").doc().text()).isEqualTo("a remark that\ngoes on");
        assertThat(m.get("AFTER_LONG").doc()).isNull();
        assertThat(m.get("TRAILED").doc().text()).isEqualTo("trails TRAILED");
        assertThat(m.get("NEXT").doc().text()).isEqualTo("documents NEXT");
    }

    @Test
    void consecutiveLineCommentsFormOneDocBlock() {
        PpFixture fx = new PpFixture(dir).file("main.h", "// first\n// second\n#define A 1\n\n// far\n\n#define B 2\n");
        MacroTable m = fx.run("main.h").macros();
        assertThat(m.get("A").doc().text()).isEqualTo("first\nsecond");
        assertThat(m.get("B").doc()).isNull();
    }

    @Test
    void fileAndLineMacros() {
        PpFixture fx = new PpFixture(dir);
        assertThat(fx.expand("#define L __LINE__\n\nL __FILE__ __COUNTER__ __COUNTER__\n"))
                .isEqualTo("3 \"" + dir.resolve("main.h") + "\" 0 1");
    }

    @Test
    void pragmasAreRemovedExceptPackWhichReachesTheParserAsAnOperator() {
        PpFixture fx = new PpFixture(dir);
        assertThat(fx.expand("""
                #define P _Pragma("GCC diagnostic push") x
                a P _Pragma("once") b
                #pragma GCC system_header
                #pragma pack(push, 2)
                #define PACK1 _Pragma("pack(1)")
                PACK1 c
                """)).isEqualTo("a x b _Pragma ( \"pack(push, 2)\" ) _Pragma ( \"pack(1)\" ) c");
        assertThat(fx.diagnostics.all()).isEmpty();
    }

    @Test
    void lineDirectiveRenumbersAndRenamesLikeGcc() {
        PpFixture fx = new PpFixture(dir).file("main.h", "a\n#line 100\nb __LINE__\n#line 7 \"other.h\"\n\nc\n# 20 \"x.h\" 2\nd\n");
        List<Token> t = fx.run("main.h").tokens();
        assertThat(t).extracting(x -> x.text() + "@" + x.position().file().replace(dir.toString(), "") + ":"
                + x.position().line()).containsExactly("a@/main.h:1", "b@/main.h:100", "100@/main.h:100",
                "c@other.h:8", "d@x.h:20", "@x.h:20");
        assertThat(fx.diagnostics.all()).isEmpty();
    }
}
