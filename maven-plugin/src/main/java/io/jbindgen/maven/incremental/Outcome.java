package io.jbindgen.maven.incremental;

import io.jbindgen.diag.Diagnostic;
import java.util.List;

/** What one incremental run did. */
public sealed interface Outcome {

    /** The fingerprint matched and every recorded output was intact: nothing was parsed or written. */
    record UpToDate() implements Outcome {
    }

    /**
     * The generator ran and the output directory was brought in line.
     *
     * @param files how many files the run generated
     * @param written how many of them were created or replaced
     * @param deleted how many stale files of earlier runs were deleted
     * @param diagnostics the generator's warnings and notes
     */
    record Generated(int files, int written, int deleted, List<Diagnostic> diagnostics) implements Outcome {
        public Generated {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * The headers had errors (or warnings, when they count as errors): nothing was written and the
     * previous state and sources are untouched.
     *
     * @param diagnostics every diagnostic of the run
     */
    record Failed(List<Diagnostic> diagnostics) implements Outcome {
        public Failed {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * The headers generated, but the job's gate refused the result (an incompatible ABI change): nothing
     * was written and the previous state and sources are untouched.
     *
     * @param reason the gate's reason, as the build's failure message
     */
    record Refused(String reason) implements Outcome {
    }
}
