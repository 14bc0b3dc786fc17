package io.jbindgen.parse;

import io.jbindgen.abi.IncrementalLayouts;
import io.jbindgen.target.Target;
import io.jbindgen.model.CType;
import io.jbindgen.model.Declaration;
import java.util.List;

/**
 * Sizes from the layout engine over the declarations parsed so far: before each question the
 * declarations added since the last one are handed to an incremental layout computation.
 */
final class LayoutSizes implements TypeSizes {
    private final IncrementalLayouts layouts;
    private final List<Declaration> declarations;
    private int seen;

    LayoutSizes(Target target, List<Declaration> declarations) {
        this.layouts = new IncrementalLayouts(target);
        this.declarations = declarations;
    }

    @Override
    public long sizeOf(CType type) {
        sync();
        return layouts.sizeOf(type);
    }

    @Override
    public long alignOf(CType type) {
        sync();
        return layouts.alignOf(type);
    }

    @Override
    public long preferredAlignOf(CType type) {
        sync();
        return layouts.preferredAlignOf(type);
    }

    private void sync() {
        for (; seen < declarations.size(); seen++) {
            layouts.add(declarations.get(seen));
        }
    }
}
