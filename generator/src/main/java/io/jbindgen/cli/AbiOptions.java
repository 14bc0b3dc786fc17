package io.jbindgen.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The ABI change report options of a command line.
 *
 * @param baseline {@code --abi-baseline FILE}: the layout JSON to compare the header with
 * @param json {@code --abi-json PATH}: where the JSON report goes ({@code -}: standard output), or {@code null}
 * @param oldSources {@code --abi-old-sources DIR}: the sources generated for the baseline, or {@code null}
 * @param userSources {@code --abi-sources DIR}: the project's own source roots, searched for uses
 */
record AbiOptions(Path baseline, Path json, Path oldSources, List<Path> userSources) {
    AbiOptions {
        Objects.requireNonNull(baseline, "baseline");
        userSources = List.copyOf(userSources);
    }

    /** {@return whether the Java side is asked for} */
    boolean java() {
        return oldSources != null || !userSources.isEmpty();
    }
}
