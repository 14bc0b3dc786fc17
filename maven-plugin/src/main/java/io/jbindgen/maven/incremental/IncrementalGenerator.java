package io.jbindgen.maven.incremental;

import io.jbindgen.GenerationRequest;
import io.jbindgen.GenerationResult;
import io.jbindgen.diag.Severity;
import io.jbindgen.output.GeneratedFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Runs the generator for one execution only when needed. Up to date means: the stored fingerprint
 * equals the fingerprint of the current parameters and of the current contents of every file the
 * last run read (and the absence of a file at every path its include searches found empty, so that a
 * header newly shadowing an included one counts as a change), and every file in the manifest still exists with its recorded size and modification
 * time (so deleting or editing a generated source by hand is repaired). Otherwise the generator runs; on errors nothing is written
 * and the old state stays; on success the output directory is updated by an {@link OutputWriter} and
 * the new state is saved last.
 */
public final class IncrementalGenerator {

    private final Function<GenerationRequest, GenerationResult> generator;

    /** Creates an incremental runner around {@code generator} (normally {@code io.jbindgen.Generator::generate}). */
    public IncrementalGenerator(Function<GenerationRequest, GenerationResult> generator) {
        this.generator = generator;
    }

    /**
     * One execution's job.
     *
     * @param request what to generate
     * @param outputDirectory where the sources go
     * @param stateDirectory where this execution keeps its fingerprint and manifest
     * @param parameters canonical text of every output-relevant setting and the versions ({@link Fingerprint#describe})
     * @param failOnWarning whether warnings count as errors
     * @param force regenerate even when up to date
     * @param gate what may refuse a new result before anything is written, or {@code null}
     */
    public record Job(GenerationRequest request, Path outputDirectory, Path stateDirectory, String parameters,
            boolean failOnWarning, boolean force, Gate gate) {

        /** A job without a gate. */
        public Job(GenerationRequest request, Path outputDirectory, Path stateDirectory, String parameters,
                boolean failOnWarning, boolean force) {
            this(request, outputDirectory, stateDirectory, parameters, failOnWarning, force, null);
        }
    }

    /** Looks at a successful result before the output directory changes (it still holds the previous sources). */
    @FunctionalInterface
    public interface Gate {
        /**
         * @param result the new result
         * @return why the result must not be written (the build fails, the old state stays), or {@code null}
         * @throws IOException on an I/O failure
         */
        String refusal(GenerationResult result) throws IOException;
    }

    /** {@return what happened} @throws IOException on any I/O failure (the old state is kept) */
    public Outcome run(Job job) throws IOException {
        StateStore store = new StateStore(job.stateDirectory());
        OutputWriter writer = new OutputWriter(job.outputDirectory());
        ExecutionState previous = store.load();
        if (!job.force() && previous.complete()
                && previous.fingerprint().equals(Fingerprint.of(job.parameters(), inputs(job, previous.inputs(), List.of())))
                && writer.matches(previous.outputs())) {
            return new Outcome.UpToDate();
        }
        GenerationResult result = generator.apply(job.request());
        if (result.hasErrors() || (job.failOnWarning() && result.hasWarnings())) {
            return new Outcome.Failed(result.diagnostics());
        }
        String refusal = job.gate() == null ? null : job.gate().refusal(result);
        if (refusal != null) {
            return new Outcome.Refused(refusal);
        }
        List<Path> inputs = List.copyOf(inputs(job, result.filesRead(), result.includeMisses()));
        String fingerprint = Fingerprint.of(job.parameters(), inputs);
        Map<String, OutputEntry> everything = new TreeMap<>(previous.outputs());
        for (GeneratedFile file : result.files()) {
            everything.putIfAbsent(file.path(), OutputEntry.UNKNOWN);
        }
        store.save(new ExecutionState("", inputs, everything));
        OutputWriter.Report report = writer.write(result.files(), previous.outputs());
        store.save(new ExecutionState(fingerprint, inputs, report.manifest()));
        return new Outcome.Generated(result.files().size(), report.written(), report.deleted(),
                result.diagnostics().stream().filter(d -> d.severity() != Severity.ERROR).toList());
    }

    /** The headers, every file read and every path an include search found empty (a file appearing there counts). */
    private static Set<Path> inputs(Job job, List<Path> filesRead, List<Path> includeMisses) {
        Set<Path> inputs = new LinkedHashSet<>(job.request().headers());
        for (Path file : filesRead) {
            inputs.add(file.toAbsolutePath().normalize());
        }
        for (Path miss : includeMisses) {
            inputs.add(miss.toAbsolutePath().normalize());
        }
        return inputs;
    }
}
