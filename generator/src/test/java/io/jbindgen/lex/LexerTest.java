package io.jbindgen.lex;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.Comment;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {

    private static List<Token> lex(String text, Diagnostics d) {
        return Lexer.tokenize("f.h", text, d);
    }

    private static List<String> texts(String text) {
        return lex(text, new Diagnostics()).stream().map(Token::text).toList();
    }

    @Test
    void punctuatorsAreLongestMatch() {
        assertThat(texts("a<<=b->c...d##e%:%:f<::>g||h--i")).containsExactly("a", "<<=", "b", "->", "c", "...", "d",
                "##", "e", "%:%:", "f", "<:", ":>", "g", "||", "h", "--", "i", "");
    }

    @Test
    void ppNumbersAndLiterals() {
        List<Token> t = lex("0x1fULL 1e+5 .5f 08 L'a' u8\"s\" 'x' \"a\\\"b\"", new Diagnostics());
        assertThat(t).extracting(Token::text).containsExactly("0x1fULL", "1e+5", ".5f", "08", "L'a'", "u8\"s\"",
                "'x'", "\"a\\\"b\"", "");
        assertThat(t).extracting(Token::kind).containsExactly(TokenKind.NUMBER, TokenKind.NUMBER, TokenKind.NUMBER,
                TokenKind.NUMBER, TokenKind.CHARACTER, TokenKind.STRING, TokenKind.CHARACTER, TokenKind.STRING,
                TokenKind.EOF);
    }

    @Test
    void lineSplicesJoinIdentifiersAndKeepPhysicalPositions() {
        List<Token> t = lex("ab\\\ncd x\\\n\n  y", new Diagnostics());
        assertThat(t).extracting(Token::text).containsExactly("abcd", "x", "y", "");
        assertThat(t.get(0).position().toString()).isEqualTo("f.h:1:1");
        assertThat(t.get(1).position().toString()).isEqualTo("f.h:2:4");
        assertThat(t.get(2).position().toString()).isEqualTo("f.h:4:3");
        assertThat(t.get(2).startOfLine()).isTrue();
        assertThat(t.get(1).startOfLine()).isFalse();
    }

    @Test
    void commentsGoToTheNextToken() {
        List<Token> t = lex("/**\n * Doc line one.\n * Two.\n */\nint a; // trailing\n/* x */ b", new Diagnostics());
        assertThat(t.get(0).comments()).extracting(Comment::text).containsExactly("Doc line one.\nTwo.");
        assertThat(t.get(0).comments().getFirst().endLine()).isEqualTo(4);
        Token b = t.get(3);
        assertThat(b.text()).isEqualTo("b");
        assertThat(b.comments()).extracting(Comment::text).containsExactly("trailing", "x");
        assertThat(b.leadingSpace()).isTrue();
    }

    @Test
    void unterminatedCommentsAndLiteralsAreReported() {
        Diagnostics d = new Diagnostics();
        lex("'a\n\"b\n/* open", d);
        assertThat(d.all()).extracting(x -> x.format()).containsExactly(
                "f.h:1:1: error: missing terminating ' character [unterminated-char]",
                "f.h:2:1: error: missing terminating \" character [unterminated-string]",
                "f.h:3:1: error: unterminated /* comment [unterminated-comment]");
    }

    @Test
    void strayCharactersAreOtherTokens() {
        assertThat(lex("@ `", new Diagnostics())).extracting(Token::kind)
                .containsExactly(TokenKind.OTHER, TokenKind.OTHER, TokenKind.EOF);
    }

    /** gcc: "warning: null character(s) ignored", "error: stray '\1' in program"; literals and comments take any byte. */
    @Test
    void controlCharactersAndInvalidUtf8AreReportedAndSkipped() {
        Diagnostics d = new Diagnostics();
        List<Token> t = lex("a\0\0b\1\1c\u007f d \uFFFD\uFFFDe\uFFFDg \"\1\uFFFD\" /* \0\1 */ f", d);
        assertThat(t).extracting(Token::text).containsExactly("a", "b", "c", "d", "e", "g", "\"\1\uFFFD\"", "f",
                "");
        assertThat(t.get(1).leadingSpace()).isTrue();
        assertThat(d.all()).extracting(x -> x.format()).containsExactly(
                "f.h:1:2: warning: null character(s) ignored [null-character]",
                "f.h:1:5: error: stray '\\1' in program [stray-character]",
                "f.h:1:8: error: stray '\\177' in program [stray-character]",
                "f.h:1:12: error: stray byte(s) in program: invalid UTF-8 byte sequence [invalid-utf8]",
                "f.h:1:15: error: stray byte(s) in program: invalid UTF-8 byte sequence [invalid-utf8]");
    }
}
