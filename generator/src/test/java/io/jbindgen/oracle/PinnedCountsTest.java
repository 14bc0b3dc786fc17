package io.jbindgen.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The corpus test's pinned lines: a change either way is named by header; re-pinning replaces only what ran. */
class PinnedCountsTest {
    private static final String A_OK = "linux/a.h gcc=ok jbindgen=clean compared=4 unverifiable=0 records=1/1 members=1/1"
            + " enumerators=0/0 macros=0/0 skipped=0 missing=0";

    private static HeaderCheck rejected(String name) {
        return new HeaderCheck(name, false, List.of("error"), null, null);
    }

    @Test
    void everyHeaderWhoseLineChangedIsNamedWithBothLines() {
        Map<String, String> pinned = Map.of("linux/a.h", A_OK, "linux/b.h", "linux/b.h gcc=rejected",
                "linux/c.h", "linux/c.h gcc=rejected");
        List<HeaderCheck> checks = List.of(rejected("linux/a.h"), rejected("linux/b.h"), rejected("linux/new.h"));

        assertThat(UapiGccCorpusTest.changes(pinned, checks, true)).containsExactly(
                Map.entry("linux/a.h", A_OK + "  ->  linux/a.h gcc=rejected"),
                Map.entry("linux/c.h", "linux/c.h gcc=rejected  ->  (gone)"),
                Map.entry("linux/new.h", "(not pinned)  ->  linux/new.h gcc=rejected"));
        // a sample run does not miss the headers it did not run
        assertThat(UapiGccCorpusTest.changes(pinned, List.of(rejected("linux/b.h")), false)).isEmpty();
    }

    @Test
    void aSampleUpdateKeepsTheOtherLinesAFullOneDropsThem() {
        Map<String, String> pinned = Map.of("linux/a.h", A_OK, "linux/b.h", "linux/b.h gcc=rejected");
        assertThat(UapiGccCorpusTest.updated(pinned, List.of(rejected("linux/a.h")), false))
                .isEqualTo("linux/a.h gcc=rejected\nlinux/b.h gcc=rejected\n");
        assertThat(UapiGccCorpusTest.updated(pinned, List.of(rejected("linux/a.h")), true))
                .isEqualTo("linux/a.h gcc=rejected\n");
    }
}
