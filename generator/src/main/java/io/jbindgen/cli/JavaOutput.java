package io.jbindgen.cli;

import io.jbindgen.GeneratedFile;
import io.jbindgen.diag.Diagnostic;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.Position;
import io.jbindgen.output.OutputFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the Java sources of one run under the output root ({@code -d}), header by header in
 * argument order, and reports a file that two headers generate with different content (say
 * {@code linux/types.h} and {@code asm/types.h} both giving {@code Types.java}) instead of letting
 * the later one silently replace the earlier one.
 */
final class JavaOutput {

    private record Written(Path header, String content) {
    }

    private final Path root;
    private final Map<String, Written> written = new HashMap<>();

    JavaOutput(Path root) {
        this.root = root;
    }

    /** {@return the problems met writing {@code files} of {@code header}: clashes and write failures} */
    List<Diagnostic> write(Path header, List<GeneratedFile> files) {
        Diagnostics diags = new Diagnostics();
        for (GeneratedFile file : files) {
            Written earlier = written.putIfAbsent(file.path(), new Written(header, file.content()));
            if (earlier != null && !earlier.content().equals(file.content())) {
                diags.error(new Position(header.toString(), 1, 1), "output-collision",
                        "%s is also generated, with different content, from %s; generate them separately",
                        file.path(), earlier.header());
            } else if (earlier == null) {
                try {
                    OutputFiles.write(OutputFiles.under(root, file.path()), file.content());
                } catch (IOException e) {
                    diags.error(new Position(root.resolve(file.path()).toString(), 1, 1), "cannot-write",
                            "cannot write output for %s: %s", header, e);
                }
            }
        }
        return diags.all();
    }
}
