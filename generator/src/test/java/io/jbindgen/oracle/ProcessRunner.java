package io.jbindgen.oracle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a tool to completion with a time limit, capturing its combined output. */
final class ProcessRunner {
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
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, "timed out: " + command);
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
