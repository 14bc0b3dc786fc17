package io.jbindgen.parse;

import io.jbindgen.abi.Layouts;
import io.jbindgen.abi.Target;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.CType;
import io.jbindgen.model.Declaration;
import io.jbindgen.model.TranslationUnit;
import java.util.List;

/**
 * Record sizes from the layout engine, over the declarations parsed so far; the layouts are
 * recomputed only when declarations were added since the last question.
 */
final class LayoutSizes implements TypeSizes {
    private final Target target;
    private final List<Declaration> declarations;
    private Layouts layouts;
    private int computedFor = -1;

    LayoutSizes(Target target, List<Declaration> declarations) {
        this.target = target;
        this.declarations = declarations;
    }

    @Override
    public long sizeOf(CType type) {
        return current().sizeOf(type);
    }

    @Override
    public long alignOf(CType type) {
        return current().alignOf(type);
    }

    private Layouts current() {
        if (layouts == null || computedFor != declarations.size()) {
            TranslationUnit snapshot = new TranslationUnit("", declarations, List.of(), List.of());
            layouts = Layouts.compute(snapshot, target, new Diagnostics());
            computedFor = declarations.size();
        }
        return layouts;
    }
}
