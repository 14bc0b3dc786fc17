package io.jbindgen;

import io.jbindgen.abidiff.AbiChange;
import io.jbindgen.abidiff.AbiReport;
import io.jbindgen.javadiff.JavaApiChange;
import io.jbindgen.javadiff.JavaImpact;
import io.jbindgen.javadiff.JavaUse;
import io.jbindgen.report.JsonWriter;
import java.util.Collection;
import java.util.List;

/**
 * An ABI change report with its Java side: the C changes ({@link AbiReport}), the generated API's
 * changes and the project's uses of changed members ({@link JavaImpact}). Whether it fails a build is
 * decided by the C changes alone: the Java changes follow from them.
 *
 * @param abi the C-level report
 * @param java the Java side ({@link JavaImpact#NONE} when not asked for)
 */
public record AbiCheckReport(AbiReport abi, JavaImpact java) {

    /** The schema version of {@link #json(Collection)}. */
    public static final int SCHEMA_VERSION = 1;

    /** {@return the incompatible C changes that {@code accepted} (keys as {@link #key(AbiChange)}) does not accept} */
    public List<AbiChange> rejected(Collection<String> accepted) {
        return abi.incompatible().stream().filter(c -> !accepted.contains(key(c))).toList();
    }

    /** {@return how a change is named to accept it: {@code MEMBER_MOVED struct lguest_device_desc.config}} */
    public static String key(AbiChange change) {
        return change.kind() + " " + change.subject();
    }

    /**
     * {@return the summary line: changes, incompatible ones, accepted ones, uses in the project's code}
     *
     * @param accepted the accepted changes' keys
     */
    public String summary(Collection<String> accepted) {
        int bad = abi.incompatible().size();
        int rejected = rejected(accepted).size();
        return abi.header() + ": " + abi.changes().size() + " ABI change" + (abi.changes().size() == 1 ? "" : "s")
                + ", " + bad + " incompatible" + (bad > rejected ? " (" + (bad - rejected) + " accepted)" : "")
                + ", " + java.uses().size() + " use" + (java.uses().size() == 1 ? "" : "s") + " in the project's code";
    }

    /** {@return the report as text: the C changes grouped by declaration, then the Java side} */
    public String text(Collection<String> accepted) {
        StringBuilder sb = new StringBuilder(summary(accepted)).append('\n');
        String c = abi.text();
        sb.append(c, c.indexOf('\n') + 1, c.length());
        sb.append(java.text());
        return sb.toString();
    }

    /** {@return the report as JSON} */
    public String json(Collection<String> accepted) {
        JsonWriter json = new JsonWriter().beginObject(false).name("schemaVersion").value(SCHEMA_VERSION)
                .name("header").value(abi.header())
                .name("incompatible").number(Boolean.toString(!rejected(accepted).isEmpty()));
        json.name("changes").beginArray(false);
        abi.changesJson(accepted).forEach(json::json);
        json.endArray();
        json.name("javaApiChanges").beginArray(false);
        for (JavaApiChange j : java.apiChanges()) {
            json.beginObject(true).name("kind").value(j.kind().name()).name("type").value(j.type());
            if (j.member() != null) {
                json.name("member").value(j.member());
            }
            if (j.oldSignature() != null) {
                json.name("old").value(j.oldSignature());
            }
            if (j.newSignature() != null) {
                json.name("new").value(j.newSignature());
            }
            json.endObject();
        }
        json.endArray().name("uses").beginArray(false);
        for (JavaUse u : java.uses()) {
            json.beginObject(true).name("file").value(u.file()).name("line").value(u.line())
                    .name("column").value(u.column()).name("uses").value(u.used())
                    .name("why").value(String.join("; ", u.reasons())).endObject();
        }
        return json.endArray().endObject().toString();
    }
}
