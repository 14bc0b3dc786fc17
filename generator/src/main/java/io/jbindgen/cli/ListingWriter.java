package io.jbindgen.cli;

import io.jbindgen.HeaderResult;
import io.jbindgen.output.OutputFiles;
import io.jbindgen.select.SelectionListing;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * What the command line does with the selection pass's listings ({@link SelectionListing}, shared with
 * the Maven plugin): {@code --report-skipped} prints every declaration skipped, with its reason, per
 * header and target; {@code --dump-includes FILE} writes every declaration the headers reach as the
 * include option that selects it, once.
 */
final class ListingWriter implements Consumer<HeaderResult> {
    private final Options options;
    private final PrintStream out;
    private final SelectionListing listing = new SelectionListing();

    ListingWriter(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** {@return whether the command line asks for a listing} */
    boolean wanted() {
        return options.reportSkipped() || options.dumpIncludes() != null;
    }

    @Override
    public void accept(HeaderResult result) {
        if (result.plan() == null) {
            return;
        }
        if (options.reportSkipped()) {
            for (String line : SelectionListing.skippedReport(result.header(), result.output().target(), result.plan())) {
                out.println(line);
            }
        }
        listing.addIncludes(result.plan());
    }

    /**
     * Writes the {@code --dump-includes} file, if asked for.
     *
     * @param err where a write error goes
     * @return whether it was written (or not asked for)
     */
    boolean finish(PrintStream err) {
        Path file = options.dumpIncludes();
        if (file == null) {
            return true;
        }
        try {
            OutputFiles.write(file, listing.includeFile());
            return true;
        } catch (IOException e) {
            err.println(file + ":1:1: error: cannot write the --dump-includes file: " + e.getMessage() + " [cannot-write]");
            return false;
        }
    }
}
