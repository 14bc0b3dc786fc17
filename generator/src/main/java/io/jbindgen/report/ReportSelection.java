package io.jbindgen.report;

import io.jbindgen.abi.Layouts;
import io.jbindgen.model.CType;
import io.jbindgen.model.Declaration;
import io.jbindgen.model.EnumDecl;
import io.jbindgen.model.RecordDecl;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.model.TypedefDecl;
import io.jbindgen.select.DeclarationKind;
import io.jbindgen.select.PlannedDeclaration;
import io.jbindgen.select.SelectionPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the reports list and how C names it, read from the {@link SelectionPlan}: the records the plan
 * generates for themselves (by default those declared in the main header, in source order, each once,
 * named by tag or else by the first typedef that names it), the ones it drops for want of a layout or
 * a name, and the enums of the main header.
 */
final class ReportSelection {
    private final TranslationUnit unit;
    private final Map<String, PlannedDeclaration> decisions = new HashMap<>();
    private final List<PlannedDeclaration> records = new ArrayList<>();

    ReportSelection(TranslationUnit unit, SelectionPlan plan) {
        this.unit = unit;
        for (PlannedDeclaration d : plan.declarations()) {
            if (d.kind() != DeclarationKind.CONSTANT) {
                decisions.put(d.key(), d);
            }
            if (d.kind() == DeclarationKind.STRUCT || d.kind() == DeclarationKind.UNION) {
                records.add(d);
            }
        }
    }

    /** {@return the laid-out, nameable records the plan generates for themselves} */
    List<ReportedRecord> records(Layouts layouts) {
        List<ReportedRecord> out = new ArrayList<>();
        for (PlannedDeclaration d : records) {
            if (d.kept() && (d.code().equals("main-file") || d.code().equals("included"))) {
                out.add(new ReportedRecord(d.cName(), unit.record(d.key()).orElseThrow(),
                        layouts.record(d.key()).orElseThrow()));
            }
        }
        return out;
    }

    /**
     * A record the reports leave out, with a stable code: {@code record-no-layout} (complete,
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

    /**
     * {@return the main-header records the reports leave out, in source order: those the plan skips for
     * want of a layout, and those C cannot name (anonymous, no typedef) that the reports do not expand in
     * place as the type of a member}
     */
    List<Dropped> dropped() {
        Set<String> expandedInPlace = new HashSet<>();
        for (Declaration d : unit.declarations()) {
            if (d instanceof RecordDecl r) {
                r.fields().forEach(f -> {
                    if (f.type() instanceof CType.Record t) {
                        expandedInPlace.add(t.key());
                    }
                });
            }
        }
        List<Dropped> out = new ArrayList<>();
        for (PlannedDeclaration d : records) {
            if (!d.position().file().equals(unit.mainFile())) {
                continue;
            }
            if (d.code().equals("record-no-layout")) {
                out.add(new Dropped(d.cName(), d.code(), d.reason(), unit.record(d.key()).orElseThrow()));
            } else if (d.cName() == null && !expandedInPlace.contains(d.key())
                    && unit.record(d.key()).filter(RecordDecl::complete).isPresent()) {
                out.add(new Dropped(d.key(), "record-unnamed", "anonymous record no typedef or member names",
                        unit.record(d.key()).orElseThrow()));
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
        PlannedDeclaration d = decisions.get(e.key());
        return d != null ? d.cName() : null;
    }
}
