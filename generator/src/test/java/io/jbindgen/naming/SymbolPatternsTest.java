package io.jbindgen.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Function patterns: C names, globs, and header-qualified globs. */
class SymbolPatternsTest {
    @Test
    void namesGlobsAndHeaders() {
        SymbolPatterns p = new SymbolPatterns(List.of("getpid", "pthread_*", "str?cmp", "[pw]read", "unistd.h:_*"));
        assertThat(p.matches("getpid", "/usr/include/unistd.h")).isTrue();
        assertThat(p.matches("getpids", "/usr/include/unistd.h")).isFalse();
        assertThat(p.matches("pthread_create", "/usr/include/pthread.h")).isTrue();
        assertThat(p.matches("strncmp", "/usr/include/string.h")).isTrue();
        assertThat(p.matches("strcmp", "/usr/include/string.h")).isFalse();
        assertThat(p.matches("pread", "x.h")).isTrue();
        assertThat(p.matches("read", "x.h")).isFalse();
        assertThat(p.matches("_exit", "/usr/include/unistd.h")).isTrue();
        assertThat(p.matches("_exit", "/usr/include/stdlib.h")).isFalse();
        assertThat(p.matches("_exit", "/usr/include/myunistd.h")).isFalse();
        assertThat(new SymbolPatterns(List.of("sys/mman.h:m*")).matches("mmap", "/usr/include/x86_64-linux-gnu/sys/mman.h"))
                .isTrue();
        assertThat(new SymbolPatterns(List.of("[!a-m]*")).matches("open", "f.h")).isTrue();
        assertThat(new SymbolPatterns(List.of("[!a-m]*")).matches("close", "f.h")).isFalse();
        assertThat(new SymbolPatterns(List.of("a.b")).matches("axb", "f.h")).isFalse();
    }

    @Test
    void problems() {
        assertThat(SymbolPatterns.problem("ok_name")).isNull();
        assertThat(SymbolPatterns.problem("unistd.h:*")).isNull();
        assertThat(SymbolPatterns.problem("")).isEqualTo("empty pattern");
        assertThat(SymbolPatterns.problem("[abc")).contains("not a C name or glob");
    }
}
