package io.jbindgen.abidiff;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The changes inside one record present in both layouts. */
final class RecordDiff {
    private RecordDiff() {
    }

    static void compare(LayoutDescription.Record old, LayoutDescription.Record now, List<AbiChange> out) {
        String c = now.c();
        if (old.size() != now.size()) {
            out.add(incompatible(ChangeKind.RECORD_SIZE_CHANGED, c, null, old.size(), now.size()));
        }
        if (old.align() != now.align()) {
            out.add(incompatible(ChangeKind.RECORD_ALIGNMENT_CHANGED, c, null, old.align(), now.align()));
        }
        Map<String, LayoutDescription.Field> newFields = AbiDiff.byName(now.fields(), LayoutDescription.Field::name);
        Map<String, LayoutDescription.Field> oldFields = AbiDiff.byName(old.fields(), LayoutDescription.Field::name);
        List<LayoutDescription.Field> removed = new ArrayList<>();
        for (LayoutDescription.Field f : old.fields()) {
            LayoutDescription.Field g = newFields.get(f.name());
            if (g == null) {
                removed.add(f);
            } else {
                member(c, f, g, out);
            }
        }
        List<LayoutDescription.Field> added = new ArrayList<>();
        for (LayoutDescription.Field g : now.fields()) {
            if (!oldFields.containsKey(g.name())) {
                added.add(g);
            }
        }
        renames(c, removed, added, out);
        for (LayoutDescription.Field f : removed) {
            out.add(new AbiChange(ChangeKind.MEMBER_REMOVED, Compatibility.INCOMPATIBLE, c, f.name(), position(f), null));
        }
        Compatibility addition = old.size() == now.size() ? Compatibility.COMPATIBLE : Compatibility.INCOMPATIBLE;
        for (LayoutDescription.Field g : added) {
            out.add(new AbiChange(ChangeKind.MEMBER_ADDED, addition, c, g.name(), null, position(g)));
        }
    }

    /** Pairs a removed and an added member at the same place and size as one rename, and takes both out. */
    private static void renames(String c, List<LayoutDescription.Field> removed, List<LayoutDescription.Field> added,
            List<AbiChange> out) {
        for (Iterator<LayoutDescription.Field> it = removed.iterator(); it.hasNext();) {
            LayoutDescription.Field f = it.next();
            for (Iterator<LayoutDescription.Field> jt = added.iterator(); jt.hasNext();) {
                LayoutDescription.Field g = jt.next();
                if (f.offsetBits() == g.offsetBits() && f.sizeBits() == g.sizeBits() && f.bitfield() == g.bitfield()) {
                    out.add(new AbiChange(ChangeKind.MEMBER_RENAMED, Compatibility.COMPATIBLE, c, g.name(), f.name(),
                            g.name()));
                    if (!f.type().equals(g.type())) {
                        out.add(new AbiChange(ChangeKind.MEMBER_RETYPED, retyping(f.type(), g.type()), c, g.name(),
                                f.type(), g.type()));
                    }
                    it.remove();
                    jt.remove();
                    break;
                }
            }
        }
    }

    private static void member(String c, LayoutDescription.Field f, LayoutDescription.Field g, List<AbiChange> out) {
        String m = g.name();
        if (f.bitfield() || g.bitfield()) {
            if (f.offsetBits() != g.offsetBits()) {
                out.add(incompatible(ChangeKind.BITFIELD_MOVED, c, m, f.offsetBits(), g.offsetBits()));
            }
            if (f.sizeBits() != g.sizeBits() || f.bitfield() != g.bitfield()) {
                out.add(new AbiChange(ChangeKind.BITFIELD_RESIZED, Compatibility.INCOMPATIBLE, c, m, bits(f), bits(g)));
            }
        } else {
            if (f.offsetBits() != g.offsetBits()) {
                out.add(incompatible(ChangeKind.MEMBER_MOVED, c, m, f.offsetBits() / 8, g.offsetBits() / 8));
            }
            if (f.sizeBits() != g.sizeBits()) {
                out.add(new AbiChange(ChangeKind.MEMBER_RESIZED, Compatibility.INCOMPATIBLE, c, m,
                        f.sizeBits() / 8 + " (" + f.type() + ")", g.sizeBits() / 8 + " (" + g.type() + ")"));
                return;
            }
        }
        if (!f.type().equals(g.type())) {
            out.add(new AbiChange(ChangeKind.MEMBER_RETYPED, retyping(f.type(), g.type()), c, m, f.type(), g.type()));
        }
    }

    /**
     * Same size, another spelling: compatible when both spell the same kernel integer type ({@code u16} and
     * {@code __u16}), incompatible otherwise (signedness or a float may have changed).
     */
    private static Compatibility retyping(String a, String b) {
        return strip(a).equals(strip(b)) ? Compatibility.COMPATIBLE : Compatibility.INCOMPATIBLE;
    }

    private static String strip(String type) {
        int i = 0;
        while (i < type.length() && type.charAt(i) == '_') {
            i++;
        }
        return type.substring(i);
    }

    private static String position(LayoutDescription.Field f) {
        return f.bitfield() ? "bit " + f.offsetBits() : Long.toString(f.offsetBits() / 8);
    }

    private static String bits(LayoutDescription.Field f) {
        return f.bitfield() ? f.sizeBits() + " bits" : "not a bitfield";
    }

    private static AbiChange incompatible(ChangeKind kind, String c, String member, long old, long now) {
        return new AbiChange(kind, Compatibility.INCOMPATIBLE, c, member, Long.toString(old), Long.toString(now));
    }
}
