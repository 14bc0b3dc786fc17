package io.jbindgen.maven;

import io.jbindgen.GenerationRequest;
import io.jbindgen.GenerationResult;
import io.jbindgen.Generator;
import io.jbindgen.HeaderResult;
import io.jbindgen.output.OutputFiles;
import io.jbindgen.select.SelectionListing;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/**
 * The plugin's {@code <reportSkipped>} and {@code <dumpIncludes>}: the selection pass's listings, made
 * by the generator's {@link SelectionListing} as for the command line's {@code --report-skipped} and
 * {@code --dump-includes}. The skipped report goes to the build log at INFO, one line each, per header
 * and target; the include file is written through {@link OutputFiles}.
 *
 * <p>Asking for a listing asks for the selection to run: when the generator runs anyway, the listing
 * comes from that run ({@link #generate}); when the sources are up to date, {@link #finish} runs the
 * selection for the listing alone (nothing is generated into the sources, no state changes) and says so.
 */
final class SelectionListingLog implements Consumer<HeaderResult> {

    private final boolean reportSkipped;
    private final Path dumpIncludes;
    private final Log log;
    private final SelectionListing listing = new SelectionListing();
    private boolean ran;

    /**
     * @param reportSkipped whether to log every skipped declaration
     * @param dumpIncludes where to write the include file, or {@code null}
     * @param log the build log
     */
    SelectionListingLog(boolean reportSkipped, Path dumpIncludes, Log log) {
        this.reportSkipped = reportSkipped;
        this.dumpIncludes = dumpIncludes;
        this.log = log;
    }

    /** Runs the generator for the incremental pipeline, listing every header's plan on the way. */
    GenerationResult generate(GenerationRequest request) {
        ran = true;
        return Generator.generateAll(request, this);
    }

    @Override
    public void accept(HeaderResult result) {
        if (result.bug() != null) {
            throw result.bug();
        }
        if (result.plan() == null) {
            return;
        }
        if (reportSkipped) {
            for (String line : SelectionListing.skippedReport(result.header(), result.output().target(), result.plan())) {
                log.info(line);
            }
        }
        listing.addIncludes(result.plan());
    }

    /**
     * Completes the listing after the incremental run: when that run found the sources up to date (the
     * generator did not run), runs the selection of {@code request} for the listing alone; then writes
     * the include file, if asked for.
     *
     * @param request the execution's request
     * @throws MojoExecutionException when the include file cannot be written
     */
    void finish(GenerationRequest request) throws MojoExecutionException {
        if (!ran) {
            log.info("jbindgen: sources up to date; running the selection for <reportSkipped>/<dumpIncludes> "
                    + "only (no source is written)");
            Generator.generate(request, this);
        }
        if (dumpIncludes == null) {
            return;
        }
        try {
            OutputFiles.write(dumpIncludes, listing.includeFile());
        } catch (IOException e) {
            throw new MojoExecutionException("<dumpIncludes>: cannot write " + dumpIncludes + ": " + e.getMessage(), e);
        }
        log.info("jbindgen: wrote " + listing.includeLines().size() + " include lines to " + dumpIncludes);
    }
}
