package io.jbindgen.report;

import io.jbindgen.abi.FieldLayout;
import io.jbindgen.abi.Layouts;
import io.jbindgen.abi.RecordLayout;
import io.jbindgen.model.CType;
import io.jbindgen.model.RecordDecl;
import java.util.ArrayList;
import java.util.List;

/**
 * A record the reports describe: one that is declared in the main header, complete, laid out, and
 * nameable in C ({@code c} is its tag spelling or, for an anonymous record, a typedef name).
 *
 * @param c the spelling usable in {@code sizeof(...)}
 * @param decl the declaration
 * @param layout its layout
 */
public record ReportedRecord(String c, RecordDecl decl, RecordLayout layout) {

    /** {@return the named members, anonymous members flattened, unnamed bitfields left out} */
    public List<FlatField> flatFields(Layouts layouts) {
        List<FlatField> out = new ArrayList<>();
        flatten(layout, 0, layouts, out, 0);
        return out;
    }

    private static void flatten(RecordLayout layout, long baseBits, Layouts layouts, List<FlatField> out, int depth) {
        for (FieldLayout f : layout.fields()) {
            if (!f.field().isAnonymous()) {
                out.add(FlatField.of(f, baseBits));
                continue;
            }
            RecordLayout inner = anonymousMember(f, layouts);
            if (inner != null && depth < 64) {
                flatten(inner, baseBits + f.offsetBits(), layouts, out, depth + 1);
            }
        }
    }

    /** {@return the layout of an anonymous struct/union member, or null for an unnamed bitfield} */
    static RecordLayout anonymousMember(FieldLayout f, Layouts layouts) {
        if (f.field().isBitfield() || !(f.field().type().canonical() instanceof CType.Record r)) {
            return null;
        }
        return layouts.record(r.key()).orElse(null);
    }
}
