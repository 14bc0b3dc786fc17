package io.jbindgen.cli;

import io.jbindgen.GeneratedFile;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * One header, start to finish: checks it can be read, runs the {@link HeaderProcessor}, and writes
 * the header's outputs when it had no error (removing a stale layout JSON when it had). Never throws:
 * an unexpected failure becomes {@link HeaderResult#internalError()}.
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
                return new HeaderResult(diags.all(), true, null, null);
            }
            write(outcome, diags);
            return new HeaderResult(diags.all(), diags.hasErrors(), outcome.layoutText(), null);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new HeaderResult(diags.all(), true, null, describe(e));
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

    private void write(HeaderProcessor.Outcome outcome, Diagnostics diags) {
        Path json = options.layoutJsonFor(header);
        if (json != null && outcome.layoutJson() != null) {
            try {
                FileOutput.write(json, outcome.layoutJson());
            } catch (IOException e) {
                cannotWrite(diags, json.toString(), e);
            }
        }
        if (options.outputDir() == null) {
            return;
        }
        for (GeneratedFile file : outcome.files()) {
            try {
                FileOutput.writeUnder(options.outputDir(), file.path(), file.content());
            } catch (IOException e) {
                cannotWrite(diags, options.outputDir().resolve(file.path()).toString(), e);
            }
        }
    }

    private void removeStaleJson(Diagnostics diags) {
        Path json = options.layoutJsonFor(header);
        try {
            if (json != null && Files.isRegularFile(json)) {
                Files.delete(json);
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
