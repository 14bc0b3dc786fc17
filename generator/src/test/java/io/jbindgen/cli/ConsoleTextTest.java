package io.jbindgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleTextTest {

    @Test
    void plainTextIsUnchanged() {
        String text = "a.h:1:2: error: expected ';' before '}'\tüñ";
        assertThat(ConsoleText.escape(text)).isSameAs(text);
    }

    @Test
    void controlCharactersAreEscaped() {
        assertThat(ConsoleText.escape("before '\0' and \u001b[31mred\u001b[0m\r\n\u0085"))
                .isEqualTo("before '\\x00' and \\x1b[31mred\\x1b[0m\\x0d\\x0a\\x85");
    }
}
