package io.jbindgen;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.output.GeneratedFile;
import io.jbindgen.select.SelectionPlan;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns one header into what the request asks for, for one output: the per-translation-unit work of
 * {@link Generator}, kept behind an interface so the orchestration can be tested on its own.
 * Implementations must be thread-safe: the headers of a run go through one pipeline in parallel.
 */
interface HeaderPipeline {

    /**
     * Processes {@code header} as its own translation unit.
     *
     * @param header the header file
     * @param request the request (include directories, macros, deprecation pattern, products)
     * @param output the target ABI and Java package
     * @param diagnostics where every problem is reported
     * @return what was produced (ignored when {@code diagnostics} has errors) and the files read
     */
    Produced run(Path header, GenerationRequest request, GenerationRequest.Output output, Diagnostics diagnostics);

    /**
     * What one header produced for one output.
     *
     * @param files the generated sources (empty unless Java was asked for)
     * @param layoutJson the JSON layout report, or {@code null}
     * @param layoutText the text layout report, or {@code null}
     * @param filesRead every file the preprocessor read, as the front end spells them
     * @param includeMisses every path an include search found no file at
     * @param plan the selection-and-naming pass's result, or {@code null} when the header failed before it
     */
    record Produced(List<GeneratedFile> files, String layoutJson, String layoutText, List<String> filesRead,
            List<String> includeMisses, SelectionPlan plan) {
        public Produced {
            files = List.copyOf(files);
            filesRead = List.copyOf(filesRead);
            includeMisses = List.copyOf(includeMisses);
        }

        /** Without a selection plan. */
        Produced(List<GeneratedFile> files, String layoutJson, String layoutText, List<String> filesRead,
                List<String> includeMisses) {
            this(files, layoutJson, layoutText, filesRead, includeMisses, null);
        }

        /** Java sources only, with no include search that missed. */
        Produced(List<GeneratedFile> files, List<String> filesRead) {
            this(files, null, null, filesRead, List.of());
        }
    }
}
