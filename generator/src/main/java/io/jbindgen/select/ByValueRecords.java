package io.jbindgen.select;

import io.jbindgen.model.CType;
import io.jbindgen.model.Declaration;
import io.jbindgen.model.FunctionDecl;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.model.VariableDecl;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Finds the records that functions pass or return by value and that variables have as their type. */
final class ByValueRecords {
    private ByValueRecords() {
    }

    /** {@return the keys of those records, in declaration order} */
    static Set<String> of(TranslationUnit unit) {
        Set<String> keys = new LinkedHashSet<>();
        for (Declaration d : unit.declarations()) {
            List<CType> types = new ArrayList<>();
            if (d instanceof FunctionDecl f) {
                types.add(f.type().returnType());
                types.addAll(f.type().parameters());
            } else if (d instanceof VariableDecl v) {
                types.add(v.type());
            }
            for (CType t : types) {
                if (t.canonical() instanceof CType.Record r) {
                    keys.add(r.key());
                }
            }
        }
        return keys;
    }
}
