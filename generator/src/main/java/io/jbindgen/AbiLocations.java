package io.jbindgen;

import io.jbindgen.abidiff.AbiChange;
import io.jbindgen.model.CType;
import io.jbindgen.model.Declaration;
import io.jbindgen.model.EnumConstant;
import io.jbindgen.model.EnumDecl;
import io.jbindgen.model.FieldDecl;
import io.jbindgen.model.MacroDecl;
import io.jbindgen.model.Position;
import io.jbindgen.model.RecordDecl;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.model.TypedefDecl;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each change of an ABI report is in the current header ({@code file:line}): the member, the
 * enumerator, the macro, or else the record. A change about something the header no longer has has no
 * place in it.
 */
final class AbiLocations {
    private final Map<String, Position> declarations = new HashMap<>();
    private final Map<String, Position> members = new HashMap<>();
    private final Map<String, Position> enumerators = new HashMap<>();

    private AbiLocations(TranslationUnit unit) {
        for (Declaration d : unit.mainFileDeclarations()) {
            if (d instanceof RecordDecl r && r.tag() != null) {
                record(r.kind().keyword() + " " + r.tag(), r, r.position());
            } else if (d instanceof TypedefDecl t && t.type() instanceof CType.Record ref) {
                unit.record(ref.key()).ifPresent(r -> record(t.name(), r, t.position()));
            } else if (d instanceof EnumDecl e) {
                for (EnumConstant k : e.constants()) {
                    enumerators.putIfAbsent(k.name(), k.position());
                }
            } else if (d instanceof MacroDecl m) {
                declarations.putIfAbsent(m.name(), m.position());
            }
        }
    }

    private void record(String c, RecordDecl r, Position at) {
        declarations.putIfAbsent(c, at);
        for (FieldDecl f : r.fields()) {
            if (f.name() != null) {
                members.putIfAbsent(c + "." + f.name(), f.position());
            }
        }
    }

    /** {@return {@code file:line} of each change that the header of {@code unit} still has, by change} */
    static Map<AbiChange, String> of(TranslationUnit unit, List<AbiChange> changes) {
        AbiLocations where = new AbiLocations(unit);
        Map<AbiChange, String> out = new LinkedHashMap<>();
        for (AbiChange c : changes) {
            Position p = where.find(c);
            if (p != null) {
                out.put(c, p.file() + ":" + p.line());
            }
        }
        return out;
    }

    private Position find(AbiChange c) {
        if (c.member() != null) {
            Position enumerator = enumerators.get(c.member());
            if (enumerator != null && !members.containsKey(c.subject())) {
                return enumerator;
            }
            String first = c.member().contains(".") ? c.member().substring(0, c.member().indexOf('.')) : c.member();
            Position member = members.get(c.declaration() + "." + first);
            if (member != null) {
                return member;
            }
        }
        return declarations.get(c.declaration());
    }
}
