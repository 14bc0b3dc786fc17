package io.jbindgen.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.model.Comment;
import io.jbindgen.model.EnumConstant;
import io.jbindgen.model.FieldDecl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CommentsTest {

    /** The seed header with its directives blanked (same line numbers) and the __u types declared. */
    static String seedWithoutDirectives() throws IOException {
        String text = Files.readString(io.jbindgen.SeedHeader.PATH);
        return text.replace("#include <linux/types.h>",
                        "typedef unsigned char __u8; typedef unsigned short __u16; typedef unsigned int __u32;")
                .replaceAll("(?m)^#.*$", "");
    }

    @Test
    void seedHeaderDocsAndMemberComments() throws IOException {
        Parsed p = Parsed.of(seedWithoutDirectives());
        assertThat(p.errors()).isEmpty();
        assertThat(p.record("struct lguest_device_desc").doc().map(Comment::text).orElseThrow())
                .startsWith("D:010\nDrivers\n").endsWith("Launcher just above the top of physical memory:");
        assertThat(p.field("struct lguest_device_desc", "num_vq").doc().map(Comment::text))
                .contains("The number of virtqueues (first in config array)");
        assertThat(p.field("struct lguest_device_desc", "feature_len").doc().map(Comment::text).orElseThrow())
                .startsWith("The number of bytes of feature bits.");
        assertThat(p.field("struct lguest_device_desc", "config").doc()).isEmpty();
        assertThat(p.record("struct lguest_vqconfig").doc().map(Comment::text).orElseThrow()).startsWith("D:135");
        assertThat(p.enumeration("enum lguest_req").doc().map(Comment::text)).contains("Write command first word is a request.");
        assertThat(p.enumeration("enum lguest_req").constants()).extracting(c -> c.doc().map(Comment::text).orElse(null))
                .containsExactly("+ base, pfnlimit, start", "No longer used", "+ irq", "No longer used", "+ address, fd.");
    }

    @Test
    void trailingCommentsAfterSemicolonAndLastEnumerator() {
        Parsed p = Parsed.of("""
                struct s {
                    int a; /* about a */
                    int b;
                    /* about c */
                    int c; /* not this one */

                    /* detached */

                    int d;
                };
                enum e { X = 1, /* about X */
                         Y /* about Y */
                };
                """);
        assertThat(p.record("struct s").fields()).extracting(f -> f.doc().map(Comment::text).orElse(null))
                .containsExactly("about a", null, "about c", null);
        assertThat(p.enumeration("enum e").constants()).extracting(c -> c.doc().map(Comment::text).orElse(null))
                .containsExactly("about X", "about Y");
    }

    @Test
    void declarationDocMustEndOnThePreviousLine() {
        Parsed p = Parsed.of("""
                /* far away */

                struct a { int x; };
                /* close */ struct b { int x; };
                typedef int t; /* trails t */
                struct c { int x; };
                """);
        assertThat(p.record("struct a").doc()).isEmpty();
        assertThat(p.record("struct b").doc().map(Comment::text)).contains("close");
        assertThat(p.record("struct c").doc()).isEmpty();
    }

    @Test
    void positionsAreWhereTheNamesAre() {
        Parsed p = Parsed.of("struct s {\n  int a;\n};\nenum e { K };");
        FieldDecl a = p.field("struct s", "a");
        assertThat(a.position().toString()).isEqualTo("t.h:2:7");
        EnumConstant k = p.enumeration("enum e").constants().getFirst();
        assertThat(k.position().toString()).isEqualTo("t.h:4:10");
        assertThat(p.record("struct s").position().toString()).isEqualTo("t.h:1:1");
    }
}
