package io.jbindgen.cli;

import io.jbindgen.GeneratedFile;
import io.jbindgen.diag.Diagnostics;
import java.nio.file.Path;
import java.util.List;

/** Does the per-header work the options ask for: parse, lay out, report, emit. Must be thread-safe. */
interface HeaderProcessor {

    /**
     * Processes one header as its own translation unit.
     *
     * @param header a readable header file
     * @param diagnostics where every problem is reported (one collector per header)
     * @return what was produced; ignored when {@code diagnostics} has errors
     */
    Outcome process(Path header, Diagnostics diagnostics);

    /**
     * What one header produced.
     *
     * @param layoutJson the JSON layout report, or {@code null} when not asked for
     * @param layoutText the pahole-style report, or {@code null} when not asked for
     * @param files the generated Java sources (empty unless {@code -d} was given)
     */
    record Outcome(String layoutJson, String layoutText, List<GeneratedFile> files) {
        public Outcome {
            files = List.copyOf(files);
        }
    }
}
