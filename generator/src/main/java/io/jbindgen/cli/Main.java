package io.jbindgen.cli;

import io.jbindgen.GenerationRequest;
import io.jbindgen.Generator;
import io.jbindgen.HeaderResult;
import java.io.PrintStream;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * {@code java -jar jbindgen.jar [options] HEADER...}: layout reports and Java bindings for C headers.
 * Run with {@code --help} for the options; exit status 0 (success), 1 (a header had errors),
 * 2 (usage error), 3 (internal error).
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs the command line and exits with its status (returning normally for 0: every thread
     * jbindgen starts is a daemon, and {@code System.exit} would load the JDK's logging for nothing).
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != CliRunner.EXIT_OK) {
            System.exit(status);
        }
    }

    /**
     * Runs the command line in-process, printing to the given streams.
     *
     * @param args the command-line arguments
     * @param out where reports go
     * @param err where diagnostics go
     * @return the exit status
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new CliRunner(out, err, new LibraryGenerator()).run(List.of(args));
    }

    /** The library's pipeline (a class, not a method reference: no lambda linkage at start-up). */
    private static final class LibraryGenerator implements BiConsumer<GenerationRequest, Consumer<HeaderResult>> {
        @Override
        public void accept(GenerationRequest request, Consumer<HeaderResult> each) {
            Generator.generate(request, each);
        }
    }
}
