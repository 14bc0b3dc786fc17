package io.jbindgen.report;

import io.jbindgen.abi.Layouts;
import io.jbindgen.abi.RecordLayout;
import io.jbindgen.model.CType;
import io.jbindgen.model.RecordDecl;
import io.jbindgen.model.TranslationUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Every member path of a reported record a C user can write in {@code offsetof}: the flattened members
 * ({@link ReportedRecord#flatFields}) and, after a named member whose type is an anonymous struct or
 * union ({@code struct { int x; } m;}), that type's own members as {@code m.x}, to any depth. A member
 * that is an array of an anonymous type is listed once, by its own name.
 */
final class MemberPaths {
    private static final int MAX_DEPTH = 64;

    private MemberPaths() {
    }

    static List<FlatField> of(ReportedRecord r, TranslationUnit unit, Layouts layouts) {
        List<FlatField> out = new ArrayList<>();
        add(r.flatFields(layouts), "", 0, unit, layouts, out, 0);
        return out;
    }

    private static void add(List<FlatField> fields, String prefix, long baseBits, TranslationUnit unit,
            Layouts layouts, List<FlatField> out, int depth) {
        for (FlatField f : fields) {
            FlatField path = new FlatField(prefix + f.name(), f.type(), baseBits + f.offsetBits(), f.sizeBits(),
                    f.bitfield());
            out.add(path);
            RecordLayout inner = f.bitfield() || depth >= MAX_DEPTH ? null : anonymousType(f.type(), unit, layouts);
            if (inner != null) {
                ReportedRecord nested = new ReportedRecord(path.name(), unit.record(inner.key()).orElseThrow(), inner);
                add(nested.flatFields(layouts), path.name() + ".", path.offsetBits(), unit, layouts, out, depth + 1);
            }
        }
    }

    /** {@return the layout of {@code type} when it is an anonymous struct or union, else null} */
    private static RecordLayout anonymousType(CType type, TranslationUnit unit, Layouts layouts) {
        if (!(type instanceof CType.Record r)) {
            return null;
        }
        RecordDecl decl = unit.record(r.key()).orElse(null);
        return decl != null && decl.isAnonymous() ? layouts.record(r.key()).orElse(null) : null;
    }
}
