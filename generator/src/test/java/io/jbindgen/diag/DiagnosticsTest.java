package io.jbindgen.diag;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.model.Position;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {

    @Test
    void errorsFollowingALimitOnItsLineAreDroppedButNotWarningsOrOtherLines() {
        Diagnostics d = new Diagnostics();
        d.error(new Position("a.h", 3, 5), "before", "reported before the limit");
        d.error(new Position("a.h", 3, 9), "limit", "expansion stopped");
        d.suppressFollowOnErrors(new Position("a.h", 3, 9));
        d.error(new Position("a.h", 3, 1), "follow-on", "dropped");
        d.warning(new Position("a.h", 3, 1), "warned", "kept");
        d.error(new Position("a.h", 4, 1), "next-line", "kept");
        d.error(new Position("b.h", 3, 1), "other-file", "kept");

        assertThat(d.all()).extracting(Diagnostic::code)
                .containsExactly("before", "limit", "warned", "next-line", "other-file");
        assertThat(d.errorCount()).isEqualTo(4);
    }
}
