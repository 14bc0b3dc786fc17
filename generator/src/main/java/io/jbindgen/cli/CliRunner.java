package io.jbindgen.cli;

import io.jbindgen.GenerationRequest;
import io.jbindgen.Generator;
import io.jbindgen.HeaderResult;
import java.io.PrintStream;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Runs one command line: parses the options into a {@link GenerationRequest}, hands it to the
 * library's one pipeline ({@link Generator#generate(GenerationRequest, Consumer)}: headers in
 * parallel, results in argument order) and turns each header's result into console output, files
 * and an exit status ({@link ResultWriter}).
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
    private final BiConsumer<GenerationRequest, Consumer<HeaderResult>> generator;

    /**
     * A runner printing to {@code out} and {@code err}.
     *
     * @param out where reports go
     * @param err where diagnostics go
     * @param generator runs a request, handing every header's result to the consumer in request order
     */
    CliRunner(PrintStream out, PrintStream err, BiConsumer<GenerationRequest, Consumer<HeaderResult>> generator) {
        this.out = out;
        this.err = err;
        this.generator = generator;
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
        ResultWriter writer = new ResultWriter(options, out, err);
        if (options.abi() == null) {
            ListingWriter listing = new ListingWriter(options, out);
            generator.accept(options.request(), listing.wanted() ? writer.andThen(listing) : writer);
            int status = listing.finish(err) ? writer.status() : Math.max(writer.status(), EXIT_HEADER_ERRORS);
            out.flush();
            err.flush();
            return status;
        }
        AbiRun abi = new AbiRun(options, out, err);
        if (!options.request().products().isEmpty()) {
            generator.accept(options.request(), writer.andThen(abi));
            if (writer.status() != EXIT_OK) {
                return writer.status();
            }
        }
        int status = Math.max(writer.status(), abi.run());
        out.flush();
        err.flush();
        return status;
    }
}
