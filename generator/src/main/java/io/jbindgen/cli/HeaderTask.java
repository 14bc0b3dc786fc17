package io.jbindgen.cli;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.Position;
import io.jbindgen.output.OutputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * One header, start to finish: checks it can be read, runs the {@link HeaderProcessor}, and writes
 * the header's layout JSON when it had no error (removing a stale one when it had); its Java sources
 * are handed back for {@link JavaOutput}. Never throws: an unexpected failure becomes
 * {@link HeaderResult#internalError()}.
 */
final class HeaderTask implements Callable<HeaderResult> {

    private static final int TRACE_FRAMES = 12;

    private final Options options;
    private final HeaderProcessor processor;
    private final Path header;

    HeaderTask(Options options, HeaderProcessor processor, Path header) {
        this.options = options;
        this.processor = processor;
        this.header = header;
    }

    @Override
    public HeaderResult call() {
        Diagnostics diags = new Diagnostics();
        try {
            HeaderProcessor.Outcome outcome = readable(diags) ? processor.process(header, diags) : null;
            if (diags.hasErrors()) {
                removeStaleJson(diags);
                return HeaderResult.failed(header, diags.all(), null);
            }
            writeJson(outcome, diags);
            return new HeaderResult(header, diags.all(), diags.hasErrors(), standardOutput(outcome),
                    options.outputDir() == null ? List.of() : outcome.files(), null);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return HeaderResult.failed(header, diags.all(), describe(e));
        }
    }

    private boolean readable(Diagnostics diags) {
        String problem = Files.isDirectory(header) ? "is a directory"
                : !Files.exists(header) ? "no such file"
                : !Files.isReadable(header) ? "permission denied"
                : null;
        if (problem != null) {
            diags.error(new Position(header.toString(), 1, 1), "cannot-read-header",
                    "cannot read header: %s", problem);
        }
        return problem == null;
    }

    private void writeJson(HeaderProcessor.Outcome outcome, Diagnostics diags) {
        Path json = options.layoutJsonFor(header);
        if (json != null && outcome.layoutJson() != null) {
            try {
                OutputFiles.write(json, outcome.layoutJson());
            } catch (IOException e) {
                cannotWrite(diags, json.toString(), e);
            }
        }
    }

    /** {@return what the header prints on standard output: its JSON report for {@code --layout-json -}, its text report} */
    private String standardOutput(HeaderProcessor.Outcome outcome) {
        String json = options.layoutJsonToStdout() ? outcome.layoutJson() : null;
        if (json == null || outcome.layoutText() == null) {
            return json == null ? outcome.layoutText() : json;
        }
        return json + outcome.layoutText();
    }

    private void removeStaleJson(Diagnostics diags) {
        Path json = options.layoutJsonFor(header);
        try {
            if (json != null) {
                OutputFiles.deleteIfRegular(json);
            }
        } catch (IOException e) {
            cannotWrite(diags, json.toString(), e);
        }
    }

    private void cannotWrite(Diagnostics diags, String file, IOException e) {
        diags.error(new Position(file, 1, 1), "cannot-write", "cannot write output for %s: %s", header, e);
    }

    private String describe(Throwable e) {
        StringBuilder text = new StringBuilder("while processing ").append(header).append(": ").append(e);
        StackTraceElement[] trace = e.getStackTrace();
        for (int i = 0; i < Math.min(TRACE_FRAMES, trace.length); i++) {
            text.append("\n    at ").append(trace[i]);
        }
        return text.toString();
    }
}
