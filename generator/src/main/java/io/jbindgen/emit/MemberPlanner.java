package io.jbindgen.emit;

import io.jbindgen.abi.FieldLayout;
import io.jbindgen.abi.RecordLayout;
import io.jbindgen.model.CType;
import io.jbindgen.model.FieldDecl;
import io.jbindgen.model.RecordDecl;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.select.PlannedMember;
import io.jbindgen.select.SelectionPlan;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Lists the members of a record class with what the layout says of them: flattens anonymous
 * struct/union members onto the enclosing class and skips unnamed bitfields, as the selection-and-naming
 * pass did, and takes each member's names from its {@link SelectionPlan}.
 */
final class MemberPlanner {
    private final TranslationUnit unit;
    private final LayoutSource layouts;
    private final TypeMapping mapping;
    private final SelectionPlan plan;

    MemberPlanner(TranslationUnit unit, LayoutSource layouts, TypeMapping mapping, SelectionPlan plan) {
        this.unit = unit;
        this.layouts = layouts;
        this.mapping = mapping;
        this.plan = plan;
    }

    /** {@return the members of {@code layout}, in declaration order} */
    List<Member> plan(RecordLayout layout) {
        List<Member> out = new ArrayList<>();
        Iterator<PlannedMember> names = plan.members(layout.key()).iterator();
        walk(layout, 0, names, out);
        if (names.hasNext()) {
            throw new IllegalStateException("the selection plan names more members of " + layout.key()
                    + " than its layout has");
        }
        return out;
    }

    private void walk(RecordLayout layout, long baseBits, Iterator<PlannedMember> names, List<Member> out) {
        for (FieldLayout fl : layout.fields()) {
            FieldDecl f = fl.field();
            if (f.isAnonymous()) {
                if (!f.isBitfield()) {
                    anonymousRecord(f).ifPresent(inner -> walk(inner, baseBits + fl.offsetBits(), names, out));
                }
                continue;
            }
            JType type = mapping.resolve(f.type());
            if (type instanceof JType.Opaque o) {
                type = new JType.Opaque(fl.size(), fl.align(), o.why());
            }
            PlannedMember named = names.hasNext() ? names.next() : null;
            if (named == null || !named.cName().equals(f.name())) {
                throw new IllegalStateException("the selection plan does not name member " + f.name() + " of "
                        + layout.key() + " where its layout has it");
            }
            out.add(new Member(f, named.javaName(), named.constantPrefix(), baseBits + fl.offsetBits(), type,
                    baseBits / 8 + layout.size(), named.inAnonymous()));
        }
    }

    /** {@return the layout of the record an anonymous member holds} */
    Optional<RecordLayout> anonymousRecord(FieldDecl f) {
        return f.type().canonical() instanceof CType.Record r ? layouts.record(r.key()) : Optional.empty();
    }

    /** {@return the declaration of the record with this key} */
    Optional<RecordDecl> decl(String key) {
        return unit.record(key);
    }
}
