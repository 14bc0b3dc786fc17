package io.jbindgen;

import io.jbindgen.abi.Target;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.Position;
import java.nio.file.Path;
import java.util.List;

/**
 * The production {@link HeaderPipeline}: front end, layout engine, Java emitter.
 *
 * <p>Interim: the front end is developed on other branches; until it is merged this pipeline reports
 * that generation is unavailable instead of producing anything.
 */
final class FrontEndPipeline implements HeaderPipeline {

    @Override
    public Output run(Path header, GenerationRequest request, Target target, String javaPackage,
            Diagnostics diagnostics) {
        diagnostics.error(new Position(header.toString(), 1, 1), "front-end-unavailable",
                "this build of jbindgen has no C front end yet");
        return new Output(List.of(), List.of());
    }
}
