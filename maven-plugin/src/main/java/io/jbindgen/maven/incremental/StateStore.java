package io.jbindgen.maven.incremental;

import io.jbindgen.output.OutputFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes an {@link ExecutionState} as a small line-based text file
 * {@code <stateDirectory>/state-v1.txt}; the format version is part of the file name, so a plugin
 * with another format simply starts afresh. Lines: {@code fingerprint <hex>}, {@code input <path>},
 * {@code output <sha256> <size> <modified millis> <relative path>}. Writes go to a temporary file that is then moved over the
 * old one, so a reader sees the old or the new state, never half of one.
 */
public final class StateStore {

    /** The version of the file format, part of the file name. */
    static final int FORMAT_VERSION = 1;

    private final Path file;

    /** Creates a store in {@code stateDirectory} (one directory per execution). */
    public StateStore(Path stateDirectory) {
        this.file = stateDirectory.resolve("state-v" + FORMAT_VERSION + ".txt");
    }

    /** {@return the state file} */
    public Path file() {
        return file;
    }

    /**
     * {@return the stored state; {@link ExecutionState#empty()} when there is none or it is unreadable}
     * An unreadable state only costs a regeneration.
     */
    public ExecutionState load() throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return ExecutionState.empty();
        }
        String fingerprint = null;
        List<Path> inputs = new ArrayList<>();
        Map<String, OutputEntry> outputs = new LinkedHashMap<>();
        for (String line : lines) {
            int space = line.indexOf(' ');
            String key = space < 0 ? line : line.substring(0, space);
            String rest = space < 0 ? "" : line.substring(space + 1);
            switch (key) {
                case "fingerprint" -> fingerprint = rest;
                case "input" -> inputs.add(Path.of(rest));
                case "output" -> {
                    String[] parts = rest.split(" ", 4);
                    if (parts.length != 4 || parts[0].length() != 64) {
                        return ExecutionState.empty();
                    }
                    try {
                        outputs.put(parts[3], new OutputEntry(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2])));
                    } catch (NumberFormatException e) {
                        return ExecutionState.empty();
                    }
                }
                default -> {
                    return ExecutionState.empty();
                }
            }
        }
        return fingerprint == null ? ExecutionState.empty() : new ExecutionState(fingerprint, inputs, outputs);
    }

    /** Replaces the stored state with {@code state}, atomically. */
    public void save(ExecutionState state) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("fingerprint ").append(state.fingerprint()).append('\n');
        for (Path input : state.inputs()) {
            text.append("input ").append(input).append('\n');
        }
        for (Map.Entry<String, OutputEntry> output : state.outputs().entrySet()) {
            OutputEntry entry = output.getValue();
            text.append("output ").append(entry.sha256()).append(' ').append(entry.size()).append(' ')
                    .append(entry.modifiedMillis()).append(' ').append(output.getKey()).append('\n');
        }
        OutputFiles.write(file, text.toString());
    }
}
