package io.jbindgen;

import io.jbindgen.diag.Diagnostic;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.Position;
import io.jbindgen.output.GeneratedFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps each output path of a run to the first header that generates it, in request order: a later
 * header generating the same file with the same content leaves it out, one generating it with other
 * content (say {@code linux/types.h} and {@code asm/types.h} both giving {@code Types.java}) gets an
 * {@code output-collision} error instead of silently replacing the earlier file.
 */
final class OutputCollisions {

    private record First(Path header, String content) {
    }

    private final Map<String, First> first = new HashMap<>();

    /** {@return {@code result} without the files an earlier result generated, with a diagnostic per clash} */
    HeaderResult check(HeaderResult result) {
        if (result.files().isEmpty()) {
            return result;
        }
        List<GeneratedFile> kept = new ArrayList<>();
        Diagnostics clashes = new Diagnostics();
        for (GeneratedFile file : result.files()) {
            First earlier = first.putIfAbsent(file.path(), new First(result.header(), file.content()));
            if (earlier == null) {
                kept.add(file);
            } else if (!earlier.content().equals(file.content())) {
                clashes.error(new Position(result.header().toString(), 1, 1), "output-collision",
                        "%s is also generated, with different content, from %s; generate them separately",
                        file.path(), earlier.header());
            }
        }
        if (kept.size() == result.files().size()) {
            return result;
        }
        List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
        diagnostics.addAll(clashes.all());
        return new HeaderResult(result.header(), result.output(), diagnostics, result.failed(), kept,
                result.layoutJson(), result.layoutText(), result.filesRead(), result.includeMisses(), result.bug(),
                result.plan());
    }
}
