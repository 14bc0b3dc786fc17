package io.jbindgen;

import io.jbindgen.diag.Diagnostics;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * One header for one output, start to finish, on a worker thread. Never throws: an unexpected failure
 * (a bug) becomes {@link HeaderResult#bug()}, so the other headers of a run still get their output.
 */
final class HeaderRun implements Callable<HeaderResult> {

    private final HeaderPipeline pipeline;
    private final GenerationRequest request;
    private final Path header;
    private final GenerationRequest.Output output;

    HeaderRun(HeaderPipeline pipeline, GenerationRequest request, Path header, GenerationRequest.Output output) {
        this.pipeline = pipeline;
        this.request = request;
        this.header = header;
        this.output = output;
    }

    @Override
    public HeaderResult call() {
        Diagnostics diags = new Diagnostics();
        try {
            HeaderPipeline.Produced produced = pipeline.run(header, request, output, diags);
            boolean failed = diags.hasErrors();
            return new HeaderResult(header, output, diags.all(), failed, failed ? List.of() : produced.files(),
                    failed ? null : produced.layoutJson(), failed ? null : produced.layoutText(),
                    paths(produced.filesRead()), paths(produced.includeMisses()), null,
                    failed ? null : produced.plan());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new HeaderResult(header, output, diags.all(), true, List.of(), null, null, List.of(), List.of(),
                    new GeneratorBugException(header, e));
        }
    }

    /** {@return the file-system paths among {@code names}, absolute and normalized} */
    private static List<Path> paths(List<String> names) {
        List<Path> paths = new ArrayList<>(names.size());
        for (String name : names) {
            if (name.startsWith("<")) {
                continue; // built-in headers that come with jbindgen
            }
            try {
                paths.add(Path.of(name).toAbsolutePath().normalize());
            } catch (InvalidPathException e) {
                // not a file-system path: nothing to watch for changes
            }
        }
        return paths;
    }
}
