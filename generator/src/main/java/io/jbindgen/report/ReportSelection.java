package io.jbindgen.report;

import io.jbindgen.abi.Layouts;
import io.jbindgen.abi.RecordLayout;
import io.jbindgen.model.CType;
import io.jbindgen.model.Declaration;
import io.jbindgen.model.EnumDecl;
import io.jbindgen.model.RecordDecl;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.model.TypedefDecl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses what the reports list and how C names it: the records and enums declared in the main
 * header, in source order, each once, named by tag or else by the first typedef that names it.
 */
final class ReportSelection {
    private final TranslationUnit unit;
    private final Map<String, String> typedefNames = new HashMap<>();

    ReportSelection(TranslationUnit unit) {
        this.unit = unit;
        for (Declaration d : unit.declarations()) {
            if (d instanceof TypedefDecl t && (t.type() instanceof CType.Record || t.type() instanceof CType.Enum)) {
                String key = t.type() instanceof CType.Record r ? r.key() : ((CType.Enum) t.type()).key();
                typedefNames.putIfAbsent(key, t.name());
            }
        }
    }

    /** {@return the laid-out, nameable records of the main header} */
    List<ReportedRecord> records(Layouts layouts) {
        List<ReportedRecord> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Declaration d : unit.mainFileDeclarations()) {
            if (d instanceof RecordDecl r && r.complete() && seen.add(r.key())) {
                Optional<RecordLayout> layout = layouts.record(r.key());
                String c = r.isAnonymous() ? typedefNames.get(r.key()) : r.key();
                if (layout.isPresent() && c != null) {
                    out.add(new ReportedRecord(c, r, layout.get()));
                }
            }
        }
        return out;
    }

    /**
     * A main-header record the reports leave out, with a stable code: {@code record-no-layout} (complete,
     * but the layout engine gave it no layout: an error says why) or {@code record-unnamed} (an
     * anonymous struct or union that no typedef names and no member has as its type).
     *
     * @param name how C names it, or its key
     * @param code the stable code
     * @param reason the reason in words
     * @param decl the record
     */
    record Dropped(String name, String code, String reason, RecordDecl decl) {
    }

    /** {@return the complete main-header records {@link #records} leaves out, in source order} */
    List<Dropped> dropped(Layouts layouts) {
        Set<String> memberTypes = new HashSet<>();
        for (Declaration d : unit.declarations()) {
            if (d instanceof RecordDecl r) {
                r.fields().forEach(f -> {
                    if (f.type() instanceof CType.Record t) {
                        memberTypes.add(t.key());
                    }
                });
            }
        }
        List<Dropped> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Declaration d : unit.mainFileDeclarations()) {
            if (d instanceof RecordDecl r && r.complete() && seen.add(r.key())) {
                String c = r.isAnonymous() ? typedefNames.get(r.key()) : r.key();
                if (c != null && layouts.record(r.key()).isEmpty()) {
                    out.add(new Dropped(c, "record-no-layout", "no layout (see the layout errors)", r));
                } else if (c == null && !memberTypes.contains(r.key())) {
                    out.add(new Dropped(r.key(), "record-unnamed", "anonymous record no typedef or member names", r));
                }
            }
        }
        return out;
    }

    /** {@return the typedefs of the main header, in source order} */
    List<TypedefDecl> typedefs() {
        List<TypedefDecl> out = new ArrayList<>();
        for (Declaration d : unit.mainFileDeclarations()) {
            if (d instanceof TypedefDecl t) {
                out.add(t);
            }
        }
        return out;
    }

    /** {@return the enums of the main header} */
    List<EnumDecl> enums() {
        List<EnumDecl> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Declaration d : unit.mainFileDeclarations()) {
            if (d instanceof EnumDecl e && seen.add(e.key())) {
                out.add(e);
            }
        }
        return out;
    }

    /** {@return how C names this enum, or null when it cannot be named} */
    String enumName(EnumDecl e) {
        return e.tag() != null ? e.key() : typedefNames.get(e.key());
    }
}
