package io.jbindgen.report;

import io.jbindgen.abi.FieldLayout;
import io.jbindgen.abi.Layouts;
import io.jbindgen.abi.RecordLayout;
import io.jbindgen.model.CType;
import io.jbindgen.model.RecordDecl;
import io.jbindgen.model.RecordKind;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.select.SelectionPlan;

/**
 * The human layout report, in the style of pahole: each record of the main header with every member's
 * offset and size (bitfields with their bit position and width), holes between members, trailing
 * padding, and a size/alignment summary. As pahole does, a member whose type has a name is one line
 * ({@code struct ring_slot first;}); an anonymous member and a member of an untagged struct or union
 * type are expanded in place, with absolute offsets, the member name after the closing brace.
 */
final class PaholeReport {
    private final TranslationUnit unit;
    private final Layouts layouts;
    private final ReportSelection selection;
    private final StringBuilder out = new StringBuilder();

    PaholeReport(TranslationUnit unit, Layouts layouts, SelectionPlan plan) {
        this.unit = unit;
        this.layouts = layouts;
        this.selection = new ReportSelection(unit, plan);
    }

    String write() {
        for (ReportedRecord r : selection.records(layouts)) {
            out.append(r.c()).append(" {\n");
            HoleStats stats = members(r.layout(), r.decl().kind(), 0, 1);
            padding(r.layout(), stats.endBits, 1);
            out.append("\n\t/* size: ").append(r.layout().size()).append(", align: ").append(r.layout().align())
                    .append(", members: ").append(r.layout().fields().size()).append(" */\n");
            if (stats.holes > 0) {
                out.append("\t/* sum holes: ").append(stats.holeBytes).append(" bytes in ").append(stats.holes)
                        .append(" holes */\n");
            }
            out.append("};\n\n");
        }
        return out.toString();
    }

    private static final class HoleStats {
        long endBits;
        int holes;
        long holeBytes;
    }

    private HoleStats members(RecordLayout layout, RecordKind kind, long baseBits, int depth) {
        HoleStats stats = new HoleStats();
        long prevEnd = baseBits;
        for (FieldLayout f : layout.fields()) {
            long start = baseBits + f.offsetBits();
            if (kind == RecordKind.STRUCT) {
                hole(start - prevEnd, depth, stats);
            }
            RecordLayout inner = expanded(f);
            if (inner != null) {
                CType.Record type = (CType.Record) f.field().type().canonical();
                indent(depth).append(head(type)).append(" {\n");
                members(inner, type.kind(), start, depth + 1);
                indent(depth).append(f.field().isAnonymous() ? "};" : "} " + f.field().name() + ";");
                comment(start, f.sizeBits(), false);
            } else {
                indent(depth).append(declarator(f));
                comment(start, f.sizeBits(), f.field().isBitfield());
            }
            long end = start + f.sizeBits();
            prevEnd = kind == RecordKind.STRUCT ? end : Math.max(prevEnd, end);
        }
        stats.endBits = prevEnd;
        return stats;
    }

    /** {@return the layout to print in place: of an anonymous member, or of a member whose struct or union type has no tag} */
    private RecordLayout expanded(FieldLayout f) {
        RecordLayout inner = ReportedRecord.anonymousMember(f, layouts);
        if (inner == null || f.field().isAnonymous()) {
            return inner;
        }
        boolean untagged = f.field().type() instanceof CType.Record r
                && unit.record(r.key()).map(RecordDecl::isAnonymous).orElse(false);
        return untagged ? inner : null;
    }

    /** {@return {@code struct}, {@code union}, or with the tag when the type has one} */
    private String head(CType.Record type) {
        return unit.record(type.key()).filter(d -> !d.isAnonymous()).map(RecordDecl::key)
                .orElse(type.kind().keyword());
    }

    private void hole(long bits, int depth, HoleStats stats) {
        if (bits % 8 != 0) {
            indent(depth).append("/* XXX ").append(bits % 8).append(" bits hole */\n");
        }
        if (bits >= 8) {
            out.append("\n");
            indent(depth).append("/* XXX ").append(bits / 8).append(" bytes hole, try to pack */\n\n");
            stats.holes++;
            stats.holeBytes += bits / 8;
        }
    }

    private void padding(RecordLayout layout, long endBits, int depth) {
        long bits = layout.size() * 8 - endBits;
        if (bits % 8 != 0) {
            indent(depth).append("/* XXX ").append(bits % 8).append(" bits hole */\n");
        }
        if (bits >= 8) {
            out.append("\n");
            indent(depth).append("/* padding: ").append(bits / 8).append(" */\n");
        }
    }

    private static String declarator(FieldLayout f) {
        String name = f.field().name() == null ? "" : f.field().name();
        CType t = f.field().type();
        StringBuilder dims = new StringBuilder();
        while (t instanceof CType.Array a) {
            dims.append('[').append(a.isFlexible() ? "" : Long.toString(a.length())).append(']');
            t = a.element();
        }
        String bits = f.field().isBitfield() ? ":" + f.field().bitWidth() : "";
        return String.format("%-26s %s", t.spelling(), name + dims + bits + ";");
    }

    private void comment(long startBits, long sizeBits, boolean bitfield) {
        int pad = Math.max(1, 64 - (out.length() - out.lastIndexOf("\n") - 1));
        out.append(" ".repeat(pad));
        if (bitfield) {
            out.append(String.format("/* %5d:%2d %4d */%n", startBits / 8, startBits % 8, (sizeBits + 7) / 8));
        } else {
            out.append(String.format("/* %5d %5d */%n", startBits / 8, sizeBits / 8));
        }
    }

    private StringBuilder indent(int depth) {
        return out.append("\t".repeat(depth));
    }
}
