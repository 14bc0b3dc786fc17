package io.jbindgen.maven.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateStoreTest {

    @TempDir
    Path dir;

    @Test
    void roundTripsAStateThroughAVersionedFile() throws IOException {
        StateStore store = new StateStore(dir.resolve("default"));
        String hash = "ab".repeat(32);
        ExecutionState state = new ExecutionState("f".repeat(64), List.of(Path.of("/x/a b.h"), Path.of("/x/inc.h")),
                Map.of("p/With Space.java", new OutputEntry(hash, 12, 1_700_000_000_123L),
                        "p/A.java", new OutputEntry(hash, 3, 5)));
        store.save(state);

        assertThat(store.file()).isEqualTo(dir.resolve("default/state-v1.txt"));
        assertThat(store.load()).isEqualTo(state);
        assertThat(Files.readAllLines(store.file())).containsExactly("fingerprint " + "f".repeat(64),
                "input /x/a b.h", "input /x/inc.h", "output " + hash + " 3 5 p/A.java",
                "output " + hash + " 12 1700000000123 p/With Space.java");
    }

    @Test
    void missingOrGarbledStateIsEmpty() throws IOException {
        StateStore store = new StateStore(dir);
        assertThat(store.load()).isEqualTo(ExecutionState.empty());
        Files.writeString(store.file(), "fingerprint abc\nwhat is this\n");
        assertThat(store.load()).isEqualTo(ExecutionState.empty());
        Files.writeString(store.file(), "fingerprint abc\noutput " + "a".repeat(64) + " x 5 p/A.java\n");
        assertThat(store.load()).isEqualTo(ExecutionState.empty());
        assertThat(store.load().complete()).isFalse();
    }
}
