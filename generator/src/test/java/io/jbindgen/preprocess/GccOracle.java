package io.jbindgen.preprocess;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.lex.Lexer;
import io.jbindgen.lex.Token;
import io.jbindgen.lex.TokenKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code gcc -E} (or a cross gcc) as the oracle for preprocessing, with jbindgen's built-in headers. */
final class GccOracle {
    static final Path BUILTIN_DIR = Path.of("src/main/resources/io/jbindgen/include").toAbsolutePath();

    private GccOracle() {
    }

    /** {@return the token texts gcc's preprocessor outputs, or {@code null} if gcc rejected the header} */
    static List<String> tokens(List<String> compiler, Path header, List<Path> includeDirs) throws Exception {
        List<String> cmd = new ArrayList<>(compiler);
        cmd.addAll(List.of("-E", "-P", "-nostdinc", "-std=gnu17"));
        for (Path d : includeDirs) {
            cmd.add("-I" + d);
        }
        cmd.add("-I" + BUILTIN_DIR);
        cmd.add(header.toString());
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            return null;
        }
        StringBuilder kept = new StringBuilder();
        for (String line : out.split("\n")) {
            String pragma = line.strip();
            if (pragma.startsWith("#pragma pack")) {
                kept.append("_Pragma(\"").append(pragma.substring("#pragma ".length())).append("\")\n");
            } else if (!pragma.startsWith("#pragma")) {
                kept.append(line).append('\n');
            }
        }
        List<String> texts = new ArrayList<>();
        for (Token t : Lexer.tokenize("gcc", kept.toString(), new Diagnostics())) {
            if (t.kind() != TokenKind.EOF) {
                texts.add(t.text());
            }
        }
        return texts;
    }

    /** {@return the texts of a unit's tokens, without EOF} */
    static List<String> texts(PreprocessedUnit u) {
        List<String> texts = new ArrayList<>();
        for (Token t : u.tokens()) {
            if (t.kind() != TokenKind.EOF) {
                texts.add(t.text());
            }
        }
        return texts;
    }
}
