package io.jbindgen.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The runner's time limit fires (a tool that hangs must not hang the test run) and output is kept. */
class ProcessRunnerTest {

    @Test
    @Timeout(60)
    void aToolThatOutlivesTheLimitIsKilled() throws Exception {
        ProcessRunner.Result r = ProcessRunner.run(List.of("sh", "-c", "echo started; sleep 100"), Path.of("."),
                Duration.ofMillis(300));
        assertThat(r.exitCode()).isEqualTo(-1);
        assertThat(r.output()).startsWith("timed out after PT0.3S: [sh, -c, echo started; sleep 100]");
    }

    @Test
    void outputAndExitCodeOfAToolThatFinishes() throws Exception {
        ProcessRunner.Result r = ProcessRunner.run(List.of("sh", "-c", "echo out; echo err >&2; exit 3"), Path.of("."));
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.output()).isEqualTo("out\nerr\n");
    }
}
