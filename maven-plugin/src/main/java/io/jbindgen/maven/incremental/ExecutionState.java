package io.jbindgen.maven.incremental;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one execution remembers between builds.
 *
 * @param fingerprint the fingerprint of the last successful run, or empty while a run is in progress
 *     (a state with an empty fingerprint is never up to date)
 * @param inputs every file the last run read: the headers and their transitive includes
 * @param outputs the manifest: each generated file's path relative to the output directory, mapped to
 *     what was written there, sorted by path
 */
public record ExecutionState(String fingerprint, List<Path> inputs, Map<String, OutputEntry> outputs) {

    public ExecutionState {
        inputs = List.copyOf(inputs);
        outputs = Collections.unmodifiableMap(new TreeMap<>(outputs));
    }

    /** {@return the state of an execution that never ran} */
    public static ExecutionState empty() {
        return new ExecutionState("", List.of(), Map.of());
    }

    /** {@return whether this state records a finished, successful run} */
    public boolean complete() {
        return !fingerprint.isEmpty();
    }
}
