package io.jbindgen.oracle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Holds what gcc names in a header ({@link GccNames}) against what jbindgen's layout JSON lists: every
 * record, member path, enumerator and integer macro gcc names must be reported by jbindgen (its number
 * is then checked by the probe) or listed in the JSON's {@code skipped} with a code; anything else is
 * silently missing.
 */
final class Completeness {
    /** The kinds of name counted. */
    enum Kind {
        RECORDS, MEMBERS, ENUMERATORS, MACROS
    }

    private final Map<Kind, Integer> named = new TreeMap<>();
    private final Map<Kind, Integer> reported = new TreeMap<>();
    private final Map<String, Integer> skipped = new TreeMap<>();
    private final List<String> missing = new ArrayList<>();

    /** {@return the comparison for one header} */
    static Completeness of(String header, GccNames gcc, LayoutClaims claims) {
        Completeness c = new Completeness();
        Map<String, LayoutClaims.Rec> recs = new HashMap<>();
        claims.records().forEach(r -> recs.put(r.c(), r));
        Map<String, LayoutClaims.Skipped> skips = new HashMap<>();
        claims.skipped().forEach(s -> skips.putIfAbsent(s.kind() + " " + s.name(), s));
        for (DwarfNames.Rec r : gcc.names().records()) {
            c.record(header, r, recs, skips);
        }
        Set<String> constants = new HashSet<>();
        claims.enums().forEach(e -> e.constants().forEach(k -> constants.add(k.name())));
        for (String e : gcc.names().enumerators()) {
            c.count(Kind.ENUMERATORS, constants.contains(e), null, header + ": enumerator " + e);
        }
        Set<String> macros = new HashSet<>();
        claims.macros().forEach(m -> macros.add(m.name()));
        for (String m : gcc.macros()) {
            c.count(Kind.MACROS, macros.contains(m), skips.get("macro " + m), header + ": macro " + m);
        }
        return c;
    }

    private void record(String header, DwarfNames.Rec r, Map<String, LayoutClaims.Rec> recs,
            Map<String, LayoutClaims.Skipped> skips) {
        LayoutClaims.Rec claim = null;
        LayoutClaims.Skipped skip = null;
        for (String name : r.names()) {
            claim = claim != null ? claim : recs.get(name);
            skip = skip != null ? skip : skips.getOrDefault("struct " + name, skips.get("union " + name));
        }
        String what = header + ": " + r.names().iterator().next();
        count(Kind.RECORDS, claim != null, skip, what);
        Set<String> fields = new HashSet<>();
        if (claim != null) {
            claim.fields().forEach(f -> fields.add(f.name()));
        }
        for (String m : r.members()) {
            count(Kind.MEMBERS, fields.contains(m), claim == null ? skip : null, what + "." + m);
        }
    }

    private void count(Kind kind, boolean isReported, LayoutClaims.Skipped skip, String what) {
        named.merge(kind, 1, Integer::sum);
        if (isReported) {
            reported.merge(kind, 1, Integer::sum);
        } else if (skip != null) {
            skipped.merge(kind.name().toLowerCase(Locale.ROOT) + " " + skip.code(), 1, Integer::sum);
        } else {
            missing.add(what);
        }
    }

    /** Adds {@code other}'s counts to these. */
    void add(Completeness other) {
        other.named.forEach((k, v) -> named.merge(k, v, Integer::sum));
        other.reported.forEach((k, v) -> reported.merge(k, v, Integer::sum));
        other.skipped.forEach((k, v) -> skipped.merge(k, v, Integer::sum));
        missing.addAll(other.missing);
    }

    int named(Kind k) {
        return named.getOrDefault(k, 0);
    }

    int reported(Kind k) {
        return reported.getOrDefault(k, 0);
    }

    /** {@return skipped names per "kind code"} */
    Map<String, Integer> skipped() {
        return Map.copyOf(skipped);
    }

    /** {@return every name gcc names that jbindgen neither reports nor lists as skipped} */
    List<String> missing() {
        return List.copyOf(missing);
    }

    /** {@return one line: named/reported per kind, then skipped} */
    String line() {
        StringBuilder s = new StringBuilder();
        for (Kind k : Kind.values()) {
            s.append(' ').append(k.name().toLowerCase(Locale.ROOT)).append('=').append(named(k)).append('/').append(reported(k));
        }
        int skips = skipped.values().stream().mapToInt(Integer::intValue).sum();
        return s.append(" skipped=").append(skips).append(" missing=").append(missing.size()).toString();
    }
}
