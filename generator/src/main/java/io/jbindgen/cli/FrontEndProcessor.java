package io.jbindgen.cli;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.Position;
import java.nio.file.Path;
import java.util.List;

/**
 * The production {@link HeaderProcessor}: front end, layout engine, layout reports, Java emitter.
 *
 * <p>Interim: the front end is developed on other branches; until it is merged this processor reports
 * that it is unavailable.
 */
final class FrontEndProcessor implements HeaderProcessor {

    FrontEndProcessor(Options options) {
        java.util.Objects.requireNonNull(options, "options");
    }

    @Override
    public Outcome process(Path header, Diagnostics diagnostics) {
        diagnostics.error(new Position(header.toString(), 1, 1), "front-end-unavailable",
                "this build of jbindgen has no C front end yet");
        return new Outcome(null, null, List.of());
    }
}
