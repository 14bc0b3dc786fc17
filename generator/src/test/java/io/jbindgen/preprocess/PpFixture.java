package io.jbindgen.preprocess;

import io.jbindgen.target.Target;
import io.jbindgen.diag.Diagnostic;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.lex.Token;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes fixture headers into a directory and preprocesses them. */
final class PpFixture {
    final Path dir;
    final Diagnostics diagnostics = new Diagnostics();
    Target target = Target.X86_64;
    List<Path> includeDirs = List.of();

    PpFixture(Path dir) {
        this.dir = dir;
    }

    PpFixture file(String name, String text) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PreprocessedUnit run(String name) {
        return new Preprocessor(new PreprocessorOptions(target, includeDirs, Map.of(), List.of()), diagnostics)
                .run(dir.resolve(name));
    }

    /** {@return the output tokens joined by single spaces, without EOF} */
    static String text(PreprocessedUnit u) {
        return u.tokens().stream().filter(t -> !t.text().isEmpty()).map(Token::text).collect(Collectors.joining(" "));
    }

    /** {@return the output of {@code source} as one main file} */
    String expand(String source) {
        file("main.h", source);
        return text(run("main.h"));
    }

    List<String> codes() {
        return diagnostics.all().stream().map(Diagnostic::code).toList();
    }

    List<String> formatted() {
        return diagnostics.all().stream().map(Diagnostic::format).toList();
    }
}
