package io.jbindgen.abidiff;

import io.jbindgen.report.JsonWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ABI change report of one header: its changes, as text grouped by declaration or as JSON, and the
 * exit status they call for.
 *
 * <p>Exit status: jbindgen's contract is {@value #EXIT_COMPATIBLE} when nothing incompatible changed
 * (compatible changes included) and {@value #EXIT_INCOMPATIBLE} when something did. libabigail's
 * {@code abidiff} instead ORs bits: 1 error, 2 usage error, 4 ABI change, 8 incompatible ABI change
 * (always with 4), so that "compatible change" is 4 and "incompatible" is 12. jbindgen folds 4 into 0
 * (a compatible change does not fail a build) and 12 into 1, and reports usage errors and unusable
 * baselines with 2.
 *
 * @param header the header the report is about
 * @param changes the changes, as {@link AbiDiff} lists them
 * @param locations {@code file:line} in the current header of the changes it still has
 */
public record AbiReport(String header, List<AbiChange> changes, Map<AbiChange, String> locations) {

    /** Exit status when nothing incompatible changed. */
    public static final int EXIT_COMPATIBLE = 0;
    /** Exit status when something incompatible changed. */
    public static final int EXIT_INCOMPATIBLE = 1;
    /** The schema version of {@link #json()}. */
    public static final int SCHEMA_VERSION = 1;

    public AbiReport {
        changes = List.copyOf(changes);
        locations = Map.copyOf(locations);
    }

    /** A report without header locations. */
    public AbiReport(String header, List<AbiChange> changes) {
        this(header, changes, Map.of());
    }

    /** {@return the incompatible changes} */
    public List<AbiChange> incompatible() {
        return changes.stream().filter(AbiChange::incompatible).toList();
    }

    /** {@return {@link #EXIT_INCOMPATIBLE} when any change is incompatible, else {@link #EXIT_COMPATIBLE}} */
    public int exitStatus() {
        return incompatible().isEmpty() ? EXIT_COMPATIBLE : EXIT_INCOMPATIBLE;
    }

    /** {@return one line: how many changes, how many incompatible} */
    public String summary() {
        int bad = incompatible().size();
        return header + ": " + changes.size() + " ABI change" + (changes.size() == 1 ? "" : "s") + ", " + bad
                + " incompatible";
    }

    /** {@return the report as text: the summary, then the changes grouped by declaration} */
    public String text() {
        StringBuilder sb = new StringBuilder(summary()).append('\n');
        for (Map.Entry<String, List<AbiChange>> group : byDeclaration().entrySet()) {
            sb.append('\n').append(group.getKey()).append('\n');
            for (AbiChange c : group.getValue()) {
                sb.append("  ").append(c.compatibility() == Compatibility.INCOMPATIBLE ? "incompatible" : "compatible  ")
                        .append("  ").append(describe(c));
                String at = locations.get(c);
                sb.append(at == null ? "" : "  (" + at + ")").append('\n');
            }
        }
        return sb.toString();
    }

    /** {@return the report as JSON: schema version, header, incompatible flag and the changes} */
    public String json() {
        JsonWriter json = new JsonWriter().beginObject(false).name("schemaVersion").value(SCHEMA_VERSION)
                .name("header").value(header).name("incompatible").number(Boolean.toString(exitStatus() != 0));
        json.name("changes").beginArray(false);
        changesJson(List.of()).forEach(json::json);
        return json.endArray().endObject().toString();
    }

    /**
     * {@return each change as a one-line JSON object, in order: what the {@code "changes"} array of the JSON
     * report holds} An object has the change's location when known and {@code "accepted": true} when the change
     * is incompatible and its {@code KIND subject} is in {@code accepted}.
     *
     * @param accepted the accepted changes' keys
     */
    public List<String> changesJson(Collection<String> accepted) {
        List<String> out = new ArrayList<>(changes.size());
        for (AbiChange c : changes) {
            JsonWriter json = new JsonWriter().beginObject(true).name("kind").value(c.kind().name())
                    .name("compatibility").value(c.compatibility().name())
                    .name("declaration").value(c.declaration());
            if (c.member() != null) {
                json.name("member").value(c.member());
            }
            if (c.oldValue() != null) {
                json.name("old").value(c.oldValue());
            }
            if (c.newValue() != null) {
                json.name("new").value(c.newValue());
            }
            if (locations.containsKey(c)) {
                json.name("location").value(locations.get(c));
            }
            if (c.incompatible() && accepted.contains(c.kind() + " " + c.subject())) {
                json.name("accepted").number("true");
            }
            out.add(json.endObject().toString().strip());
        }
        return out;
    }

    private Map<String, List<AbiChange>> byDeclaration() {
        Map<String, List<AbiChange>> out = new LinkedHashMap<>();
        for (AbiChange c : changes) {
            out.computeIfAbsent(c.declaration(), k -> new ArrayList<>()).add(c);
        }
        return out;
    }

    /** {@return a sentence for one change, without its declaration} */
    public static String describe(AbiChange c) {
        String m = c.member() == null ? "" : c.member() + ": ";
        String o = c.oldValue();
        String n = c.newValue();
        return m + switch (c.kind()) {
            case RECORD_ADDED -> "record added";
            case RECORD_REMOVED -> "record removed";
            case RECORD_SIZE_CHANGED -> "size changed from " + o + " to " + n + " bytes";
            case RECORD_ALIGNMENT_CHANGED -> "alignment changed from " + o + " to " + n + " bytes";
            case MEMBER_ADDED -> "member added at offset " + n;
            case MEMBER_REMOVED -> "member removed (was at offset " + o + ")";
            case MEMBER_RENAMED -> "member renamed from " + o + " (same offset and size)";
            case MEMBER_MOVED -> "offset moved from " + o + " to " + n;
            case MEMBER_RETYPED -> "type changed from " + o + " to " + n + " (same size)";
            case MEMBER_RESIZED -> "size changed from " + o + " to " + n + " bytes";
            case BITFIELD_MOVED -> "bit offset moved from " + o + " to " + n;
            case BITFIELD_RESIZED -> "width changed from " + o + " to " + n;
            case ENUM_CONSTANT_ADDED -> "enumerator added, value " + n;
            case ENUM_CONSTANT_REMOVED -> "enumerator removed (was " + o + ")";
            case ENUM_CONSTANT_VALUE_CHANGED -> "value changed from " + o + " to " + n;
            case MACRO_ADDED -> "macro added, value " + n;
            case MACRO_REMOVED -> "macro removed (was " + o + ")";
            case MACRO_VALUE_CHANGED -> "value changed from " + o + " to " + n;
            case IOCTL_REQUEST_CHANGED -> "request number changed from " + o + " to " + n;
            case REQUEST_ARGUMENT_ADDED -> "request takes a new argument: " + n;
            case REQUEST_ARGUMENT_REMOVED -> "request no longer takes argument: " + o;
        };
    }
}
