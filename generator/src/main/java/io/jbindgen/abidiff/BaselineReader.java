package io.jbindgen.abidiff;

import io.jbindgen.report.LayoutReport;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a layout JSON report back into a {@link LayoutDescription}, checking its schema version and
 * target: a baseline written for another target or by another schema is refused, not compared.
 */
public final class BaselineReader {
    private final String source;

    private BaselineReader(String source) {
        this.source = source;
    }

    /**
     * Reads a baseline.
     *
     * @param json the baseline's text
     * @param source the file name to put in error messages
     * @param expectedTarget the target the current layout is computed for, or {@code null} to accept any
     * @return what the baseline describes
     * @throws BaselineException when the text is not JSON, not a layout report, of another schema version
     *     or of another target
     */
    public static LayoutDescription read(String json, String source, String expectedTarget) throws BaselineException {
        Object root;
        try {
            root = JsonValues.parse(json);
        } catch (JsonValues.SyntaxException e) {
            throw new BaselineException(source, "not valid JSON: " + e.getMessage());
        }
        return new BaselineReader(source).description(root, expectedTarget);
    }

    private LayoutDescription description(Object root, String expectedTarget) throws BaselineException {
        Map<?, ?> top = object(root, "the top level");
        if (!top.containsKey("schemaVersion")) {
            throw new BaselineException(source, "no \"schemaVersion\": not a layout report of schema version "
                    + LayoutReport.SCHEMA_VERSION + " (write the baseline again with --layout-json)");
        }
        long version = integer(top, "schemaVersion", "the top level").longValue();
        if (version != LayoutReport.SCHEMA_VERSION) {
            throw new BaselineException(source, "schema version " + version + ", but this jbindgen reads version "
                    + LayoutReport.SCHEMA_VERSION + " (write the baseline again with --layout-json)");
        }
        String target = string(top, "target", "the top level");
        if (expectedTarget != null && !target.equals(expectedTarget)) {
            throw new BaselineException(source, "baseline is for target " + target + ", not " + expectedTarget);
        }
        List<LayoutDescription.Record> records = new ArrayList<>();
        for (Object o : array(top, "records", "the top level")) {
            records.add(record(object(o, "a record")));
        }
        List<LayoutDescription.Enum> enums = new ArrayList<>();
        for (Object o : array(top, "enums", "the top level")) {
            enums.add(enumeration(object(o, "an enum")));
        }
        List<LayoutDescription.Macro> macros = new ArrayList<>();
        for (Object o : array(top, "macros", "the top level")) {
            macros.add(macro(object(o, "a macro")));
        }
        return new LayoutDescription((int) version, target, records, enums, macros);
    }

    private LayoutDescription.Record record(Map<?, ?> r) throws BaselineException {
        String c = string(r, "c", "a record");
        String where = "record " + c;
        List<LayoutDescription.Field> fields = new ArrayList<>();
        for (Object o : array(r, "fields", where)) {
            Map<?, ?> f = object(o, "a field of " + where);
            String name = string(f, "name", "a field of " + where);
            String fieldWhere = where + " field " + name;
            String type = string(f, "type", fieldWhere);
            if (f.containsKey("bitOffset")) {
                fields.add(new LayoutDescription.Field(name, type, integer(f, "bitOffset", fieldWhere).longValue(),
                        integer(f, "bitWidth", fieldWhere).longValue(), true));
            } else {
                fields.add(new LayoutDescription.Field(name, type, 8 * integer(f, "offset", fieldWhere).longValue(),
                        8 * integer(f, "size", fieldWhere).longValue(), false));
            }
        }
        return new LayoutDescription.Record(c, string(r, "kind", where), integer(r, "size", where).longValue(),
                integer(r, "align", where).longValue(), fields);
    }

    private LayoutDescription.Enum enumeration(Map<?, ?> e) throws BaselineException {
        String c = e.containsKey("c") ? string(e, "c", "an enum") : null;
        String where = c == null ? "an anonymous enum" : "enum " + c;
        List<LayoutDescription.Constant> constants = new ArrayList<>();
        for (Object o : array(e, "constants", where)) {
            Map<?, ?> k = object(o, "a constant of " + where);
            String name = string(k, "name", "a constant of " + where);
            String comment = k.containsKey("comment") ? string(k, "comment", "constant " + name) : null;
            constants.add(new LayoutDescription.Constant(name, integer(k, "value", "constant " + name), comment));
        }
        return new LayoutDescription.Enum(c, constants);
    }

    private LayoutDescription.Macro macro(Map<?, ?> m) throws BaselineException {
        String name = string(m, "name", "a macro");
        String where = "macro " + name;
        Long ioctlSize = null;
        if (m.containsKey("ioctl")) {
            ioctlSize = integer(object(m.get("ioctl"), where + " \"ioctl\""), "size", where).longValue();
        }
        return new LayoutDescription.Macro(name, integer(m, "value", where), string(m, "type", where), ioctlSize);
    }

    private Map<?, ?> object(Object o, String what) throws BaselineException {
        if (o instanceof Map<?, ?> m) {
            return m;
        }
        throw new BaselineException(source, what + " is not a JSON object");
    }

    private List<?> array(Map<?, ?> m, String key, String where) throws BaselineException {
        if (m.get(key) instanceof List<?> l) {
            return l;
        }
        throw missing(m, key, where, "an array");
    }

    private String string(Map<?, ?> m, String key, String where) throws BaselineException {
        if (m.get(key) instanceof String s) {
            return s;
        }
        throw missing(m, key, where, "a string");
    }

    private BigInteger integer(Map<?, ?> m, String key, String where) throws BaselineException {
        if (m.get(key) instanceof BigInteger i) {
            return i;
        }
        throw missing(m, key, where, "an integer");
    }

    private BaselineException missing(Map<?, ?> m, String key, String where, String kind) {
        return new BaselineException(source, m.containsKey(key) ? "\"" + key + "\" of " + where + " is not " + kind
                : where + " has no \"" + key + "\"");
    }
}
