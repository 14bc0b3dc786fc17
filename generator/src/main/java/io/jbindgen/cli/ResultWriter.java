package io.jbindgen.cli;

import io.jbindgen.HeaderResult;
import io.jbindgen.diag.Diagnostic;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.diag.Severity;
import io.jbindgen.model.Position;
import io.jbindgen.output.GeneratedFile;
import io.jbindgen.output.OutputFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the command line does with each header's result, in argument order: prints its diagnostics
 * on stderr, writes its layout JSON (or removes a stale one when the header failed), prints its
 * reports on stdout, writes its Java sources under {@code -d}, and keeps the worst exit status.
 */
final class ResultWriter implements Consumer<HeaderResult> {

    private static final int TRACE_FRAMES = 12;

    private final Options options;
    private final PrintStream out;
    private final PrintStream err;
    private int status = CliRunner.EXIT_OK;

    ResultWriter(Options options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /** {@return the exit status so far} */
    int status() {
        return status;
    }

    @Override
    public void accept(HeaderResult result) {
        Path header = result.header();
        Diagnostics writeErrors = new Diagnostics();
        Path json = options.layoutJsonFor(header);
        if (json != null && result.layoutJson() != null) {
            write(json, result.layoutJson(), header, writeErrors);
        } else if (json != null && result.failed() && result.bug() == null) {
            removeStale(json, header, writeErrors);
        }
        print(result.diagnostics());
        print(writeErrors.all());
        if (options.layoutJsonToStdout() && result.layoutJson() != null) {
            out.print(result.layoutJson());
        }
        if (result.layoutText() != null) {
            out.print(result.layoutText());
        }
        if (result.bug() != null) {
            err.println("jbindgen: internal error: " + describe(header, result.bug().getCause()));
            status = CliRunner.EXIT_INTERNAL_ERROR;
        } else if (result.failed()) {
            status = Math.max(status, CliRunner.EXIT_HEADER_ERRORS);
        }
        if (options.outputDir() != null) {
            writeJava(result.files(), header);
        }
    }

    private void writeJava(List<GeneratedFile> files, Path header) {
        Diagnostics diags = new Diagnostics();
        for (GeneratedFile file : files) {
            try {
                OutputFiles.write(OutputFiles.under(options.outputDir(), file.path()), file.content());
            } catch (IOException e) {
                cannotWrite(diags, options.outputDir().resolve(file.path()), header, e);
            }
        }
        print(diags.all());
    }

    private static void write(Path file, String content, Path header, Diagnostics diags) {
        try {
            OutputFiles.write(file, content);
        } catch (IOException e) {
            cannotWrite(diags, file, header, e);
        }
    }

    private static void removeStale(Path file, Path header, Diagnostics diags) {
        try {
            OutputFiles.deleteIfRegular(file);
        } catch (IOException e) {
            cannotWrite(diags, file, header, e);
        }
    }

    private static void cannotWrite(Diagnostics diags, Path file, Path header, IOException e) {
        diags.error(new Position(file.toString(), 1, 1), "cannot-write", "cannot write output for %s: %s", header, e);
    }

    private void print(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            err.println(ConsoleText.escape(d.format()));
            if (d.severity() == Severity.ERROR) {
                status = Math.max(status, CliRunner.EXIT_HEADER_ERRORS);
            }
        }
    }

    private static String describe(Path header, Throwable e) {
        StringBuilder text = new StringBuilder("while processing ").append(header).append(": ").append(e);
        StackTraceElement[] trace = e.getStackTrace();
        for (int i = 0; i < Math.min(TRACE_FRAMES, trace.length); i++) {
            text.append("\n    at ").append(trace[i]);
        }
        return text.toString();
    }
}
