package io.jbindgen.oracle;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * What a layout JSON claims, read back into typed records for the probe writer.
 *
 * @param target the target name
 * @param records the records
 * @param enums the enums
 * @param macros the integer macros
 * @param typedefs the typedefs with a size
 * @param skipped what the report says it leaves out, and why
 */
record LayoutClaims(String target, List<Rec> records, List<Enum> enums, List<Macro> macros, List<Typedef> typedefs,
        List<Skipped> skipped) {

    record Rec(String c, String kind, long size, long align, List<Field> fields) {
        boolean hasBitfields() {
            return fields.stream().anyMatch(Field::bitfield);
        }
    }

    /** A member; for a bitfield {@code offset}/{@code size} are bitOffset/bitWidth. */
    record Field(String name, String type, long offset, long size, boolean bitfield) {
    }

    /** An enum; {@code c} is null for an anonymous one no typedef names. */
    record Enum(String c, long size, long align, String underlying, List<Constant> constants) {
    }

    record Typedef(String name, long size, long align) {
    }

    record Skipped(String name, String kind, String code, String reason) {
    }

    record Constant(String name, BigInteger value) {
    }

    record Macro(String name, BigInteger value, String type) {
    }

    @SuppressWarnings("unchecked")
    static LayoutClaims parse(String json) {
        Map<String, Object> root = (Map<String, Object>) MiniJson.parse(json);
        List<Rec> records = ((List<Object>) root.get("records")).stream().map(o -> {
            Map<String, Object> r = (Map<String, Object>) o;
            List<Field> fields = ((List<Object>) r.get("fields")).stream().map(fo -> {
                Map<String, Object> f = (Map<String, Object>) fo;
                boolean bit = f.containsKey("bitOffset");
                return new Field((String) f.get("name"), (String) f.get("type"),
                        num(f.get(bit ? "bitOffset" : "offset")), num(f.get(bit ? "bitWidth" : "size")), bit);
            }).toList();
            return new Rec((String) r.get("c"), (String) r.get("kind"), num(r.get("size")), num(r.get("align")), fields);
        }).toList();
        List<Enum> enums = ((List<Object>) root.get("enums")).stream().map(o -> {
            Map<String, Object> e = (Map<String, Object>) o;
            List<Constant> cs = ((List<Object>) e.get("constants")).stream().map(co -> {
                Map<String, Object> c = (Map<String, Object>) co;
                return new Constant((String) c.get("name"), (BigInteger) c.get("value"));
            }).toList();
            return new Enum((String) e.get("c"), num(e.get("size")), num(e.get("align")), (String) e.get("underlying"), cs);
        }).toList();
        List<Macro> macros = ((List<Object>) root.get("macros")).stream().map(o -> {
            Map<String, Object> m = (Map<String, Object>) o;
            return new Macro((String) m.get("name"), (BigInteger) m.get("value"), (String) m.get("type"));
        }).toList();
        List<Typedef> typedefs = ((List<Object>) root.get("typedefs")).stream().map(o -> {
            Map<String, Object> t = (Map<String, Object>) o;
            return new Typedef((String) t.get("name"), num(t.get("size")), num(t.get("align")));
        }).toList();
        List<Skipped> skipped = ((List<Object>) root.get("skipped")).stream().map(o -> {
            Map<String, Object> t = (Map<String, Object>) o;
            return new Skipped((String) t.get("name"), (String) t.get("kind"), (String) t.get("code"),
                    (String) t.get("reason"));
        }).toList();
        return new LayoutClaims((String) root.get("target"), records, enums, macros, typedefs, skipped);
    }

    private static long num(Object o) {
        return ((BigInteger) o).longValueExact();
    }
}
