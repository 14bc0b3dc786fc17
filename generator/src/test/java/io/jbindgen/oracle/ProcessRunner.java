package io.jbindgen.oracle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a tool to completion with a time limit, capturing its combined output. */
final class ProcessRunner {
    static final Duration LIMIT = Duration.ofSeconds(300);

    private ProcessRunner() {
    }

    /**
     * The outcome of a run.
     *
     * @param exitCode the exit code (-1 on timeout)
     * @param output stdout and stderr, interleaved
     */
    record Result(int exitCode, String output) {
    }

    static Result run(List<String> command, Path dir) throws IOException, InterruptedException {
        return run(command, dir, LIMIT);
    }

    /**
     * Runs {@code command} in {@code dir}; a run longer than {@code limit} is killed (with its
     * children) and gives exit code -1. The output goes to a file, so waiting does not depend on reading.
     */
    static Result run(List<String> command, Path dir, Duration limit) throws IOException, InterruptedException {
        Path out = Files.createTempFile("jbrun", ".out");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
            if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor();
                return new Result(-1, "timed out after " + limit + ": " + command);
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
