package io.jbindgen;

import io.jbindgen.diag.Diagnostic;
import io.jbindgen.output.GeneratedFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * jbindgen's library entry point, the one pipeline the command line and the Maven plugin both call:
 * every header of a {@link GenerationRequest}, each as its own translation unit and once per output
 * (target and package), goes through the front end, the layout engine and then the Java emitter and
 * the layout reports the request asks for. The results come back as data; writing them is the
 * caller's job.
 *
 * <pre>{@code
 * for each header, for each output (in parallel, delivered in this order):
 *     unit    = FrontEnd.parse(header, target, include dirs, macros)     // preprocess, parse, evaluate
 *     layouts = Layouts.compute(unit, target)                           // sizes, offsets, bit positions
 *     files   = JavaEmitter.emit(unit, layouts, target, package)        // if JAVA is asked for
 *     reports = LayoutReport.json / text(unit, layouts, target)         // if asked for
 *     result  = OutputCollisions.check(...)                             // each output file once per run
 * }</pre>
 */
public final class Generator {

    private Generator() {
    }

    /**
     * Generates everything {@code request} asks for, all or nothing: when any header has an error, no
     * files are returned at all, so a caller never writes a partial set. The result is deterministic:
     * files sorted by path, diagnostics in header order (each distinct diagnostic once, even when
     * several targets report it), files read sorted.
     *
     * @param request what to generate
     * @return the generated files, every diagnostic and every file read
     * @throws GeneratorBugException when the generator fails unexpectedly (a bug, never bad input)
     */
    public static GenerationResult generate(GenerationRequest request) {
        return generate(request, new FrontEndPipeline());
    }

    /**
     * Generates everything {@code request} asks for, header by header: {@code each} gets the result of
     * every header and output in request order (headers run in parallel), and a header's errors or an
     * unexpected failure ({@link HeaderResult#bug()}) do not stop the others.
     *
     * @param request what to generate
     * @param each receives every result, on the calling thread
     */
    public static void generate(GenerationRequest request, Consumer<HeaderResult> each) {
        generate(request, new FrontEndPipeline(), each);
    }

    /**
     * Generates everything {@code request} asks for, all or nothing, as {@link #generate(GenerationRequest)},
     * and also hands every header's result to {@code each} in request order before gathering it: for a
     * caller that wants the one result and, from the same run, what each header's
     * {@link HeaderResult#plan() selection plan} decided (a {@link io.jbindgen.select.SelectionListing}).
     *
     * @param request what to generate
     * @param each receives every result, on the calling thread, before an unexpected failure is rethrown
     * @return the generated files, every diagnostic and every file read
     * @throws GeneratorBugException when the generator fails unexpectedly (a bug, never bad input)
     */
    public static GenerationResult generateAll(GenerationRequest request, Consumer<HeaderResult> each) {
        AllOrNothing all = new AllOrNothing();
        generate(request, new FrontEndPipeline(), each.andThen(all));
        return all.result();
    }

    /** {@return the generator's version, e.g. {@code 0.1.0-SNAPSHOT}, for fingerprints and {@code --version}} */
    public static String version() {
        return GeneratorVersion.VERSION;
    }

    static GenerationResult generate(GenerationRequest request, HeaderPipeline pipeline) {
        AllOrNothing all = new AllOrNothing();
        generate(request, pipeline, all);
        return all.result();
    }

    static void generate(GenerationRequest request, HeaderPipeline pipeline, Consumer<HeaderResult> each) {
        List<HeaderRun> runs = new ArrayList<>();
        for (Path header : request.headers()) {
            for (GenerationRequest.Output output : request.outputs()) {
                runs.add(new HeaderRun(pipeline, request, header, output));
            }
        }
        OutputCollisions collisions = new OutputCollisions();
        try (OrderedExecutor executor = new OrderedExecutor(runs.size())) {
            for (HeaderResult result : executor.runInOrder(runs)) {
                each.accept(collisions.check(result));
            }
        }
    }

    /** Gathers the results of a run into one {@link GenerationResult}; rethrows the first bug. */
    private static final class AllOrNothing implements Consumer<HeaderResult> {
        private final Set<Diagnostic> diagnostics = new LinkedHashSet<>();
        private final Map<String, GeneratedFile> files = new TreeMap<>();
        private final Set<Path> filesRead = new TreeSet<>();
        private final Set<Path> includeMisses = new TreeSet<>();
        private boolean failed;

        @Override
        public void accept(HeaderResult result) {
            if (result.bug() != null) {
                throw result.bug();
            }
            diagnostics.addAll(result.diagnostics());
            filesRead.addAll(result.filesRead());
            includeMisses.addAll(result.includeMisses());
            failed |= result.hasErrors();
            result.files().forEach(file -> files.put(file.path(), file));
        }

        GenerationResult result() {
            return new GenerationResult(failed ? List.of() : List.copyOf(files.values()), List.copyOf(diagnostics),
                    List.copyOf(filesRead), List.copyOf(includeMisses));
        }
    }
}
