package io.jbindgen;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.abidiff.AbiChange;
import io.jbindgen.abidiff.AbiReport;
import io.jbindgen.abidiff.ChangeKind;
import io.jbindgen.abidiff.Compatibility;
import io.jbindgen.javadiff.JavaImpact;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The JSON of the ABI change reports, C-only and whole, written out by hand from the schema: one line per
 * change, its location when known, {@code "accepted": true} on an accepted incompatible change, and the
 * whole report's {@code "incompatible"} counting only the changes not accepted.
 */
class AbiCheckReportJsonTest {

    private static final AbiChange MOVED = new AbiChange(ChangeKind.MEMBER_MOVED, Compatibility.INCOMPATIBLE,
            "struct desc", "status", "2", "4");
    private static final AbiChange ADDED = new AbiChange(ChangeKind.MACRO_ADDED, Compatibility.COMPATIBLE,
            "VRING_ALIGN", null, null, "4096");
    private static final AbiReport REPORT = new AbiReport("h.h", List.of(MOVED, ADDED), Map.of(MOVED, "h.h:7"));

    private static final String MOVED_JSON = "{\"kind\": \"MEMBER_MOVED\", \"compatibility\": \"INCOMPATIBLE\", "
            + "\"declaration\": \"struct desc\", \"member\": \"status\", \"old\": \"2\", \"new\": \"4\", "
            + "\"location\": \"h.h:7\"";
    private static final String ADDED_JSON = "{\"kind\": \"MACRO_ADDED\", \"compatibility\": \"COMPATIBLE\", "
            + "\"declaration\": \"VRING_ALIGN\", \"new\": \"4096\"}";

    @Test
    void theCReportListsEachChangeOnOneLine() {
        assertThat(REPORT.json()).isEqualTo("""
                {
                  "schemaVersion": 1,
                  "header": "h.h",
                  "incompatible": true,
                  "changes": [
                    %s},
                    %s
                  ]
                }
                """.formatted(MOVED_JSON, ADDED_JSON));
    }

    @Test
    void theWholeReportMarksAcceptedChangesAndIsCompatibleWhenAllAreAccepted() {
        AbiCheckReport whole = new AbiCheckReport(REPORT, JavaImpact.NONE);
        assertThat(whole.json(Set.of("MEMBER_MOVED struct desc.status"))).isEqualTo("""
                {
                  "schemaVersion": 1,
                  "header": "h.h",
                  "incompatible": false,
                  "changes": [
                    %s, "accepted": true},
                    %s
                  ],
                  "javaApiChanges": [],
                  "uses": []
                }
                """.formatted(MOVED_JSON, ADDED_JSON));
        assertThat(whole.json(List.of())).contains("\"incompatible\": true").doesNotContain("accepted");
    }

    @Test
    void aCompatibleChangeIsNeverMarkedAccepted() {
        assertThat(REPORT.changesJson(Set.of("MACRO_ADDED VRING_ALIGN"))).containsExactly(MOVED_JSON + "}",
                ADDED_JSON);
    }
}
