package io.jbindgen.cli;

import io.jbindgen.Generator;
import io.jbindgen.diag.Diagnostic;
import io.jbindgen.diag.Severity;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs one command line: parses the options, processes every header (in parallel, reporting in
 * argument order) and turns the results into console output and an exit status.
 */
final class CliRunner {

    /** Every header succeeded. */
    static final int EXIT_OK = 0;
    /** Some header had errors; the others still got their output. */
    static final int EXIT_HEADER_ERRORS = 1;
    /** The command line was wrong. */
    static final int EXIT_USAGE = 2;
    /** jbindgen failed unexpectedly: a bug. */
    static final int EXIT_INTERNAL_ERROR = 3;

    private final PrintStream out;
    private final PrintStream err;
    private final Function<Options, HeaderProcessor> processors;

    /**
     * A runner printing to {@code out} and {@code err}.
     *
     * @param out where reports go
     * @param err where diagnostics go
     * @param processors makes the per-header processor for the options of a run
     */
    CliRunner(PrintStream out, PrintStream err, Function<Options, HeaderProcessor> processors) {
        this.out = out;
        this.err = err;
        this.processors = processors;
    }

    /** {@return the exit status of running {@code args}} */
    int run(List<String> args) {
        Options options;
        try {
            options = OptionsParser.parse(args);
        } catch (UsageException e) {
            err.println("jbindgen: " + e.getMessage());
            err.print(Usage.SHORT);
            return EXIT_USAGE;
        }
        if (options.help()) {
            out.print(Usage.FULL);
            return EXIT_OK;
        }
        if (options.version()) {
            out.println("jbindgen " + Generator.version());
            return EXIT_OK;
        }
        return runHeaders(options);
    }

    private int runHeaders(Options options) {
        HeaderProcessor processor = processors.apply(options);
        List<HeaderTask> tasks = new ArrayList<>();
        for (Path header : options.headers()) {
            tasks.add(new HeaderTask(options, processor, header));
        }
        JavaOutput java = options.outputDir() == null ? null : new JavaOutput(options.outputDir());
        int status = EXIT_OK;
        try (OrderedExecutor executor = new OrderedExecutor(tasks.size())) {
            for (HeaderResult result : executor.runInOrder(tasks)) {
                status = Math.max(status, report(result));
                if (java != null && !result.failed()) {
                    status = Math.max(status, report(java.write(result.header(), result.files())));
                }
            }
        }
        out.flush();
        err.flush();
        return status;
    }

    private int report(List<Diagnostic> diagnostics) {
        int status = EXIT_OK;
        for (Diagnostic d : diagnostics) {
            err.println(ConsoleText.escape(d.format()));
            if (d.severity() == Severity.ERROR) {
                status = EXIT_HEADER_ERRORS;
            }
        }
        return status;
    }

    private int report(HeaderResult result) {
        report(result.diagnostics());
        if (result.layoutText() != null) {
            out.print(result.layoutText());
        }
        if (result.internalError() != null) {
            err.println("jbindgen: internal error: " + result.internalError());
            return EXIT_INTERNAL_ERROR;
        }
        return result.failed() ? EXIT_HEADER_ERRORS : EXIT_OK;
    }
}
