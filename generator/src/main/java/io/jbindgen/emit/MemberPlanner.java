package io.jbindgen.emit;

import io.jbindgen.abi.FieldLayout;
import io.jbindgen.abi.RecordLayout;
import io.jbindgen.model.CType;
import io.jbindgen.model.FieldDecl;
import io.jbindgen.model.RecordDecl;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.naming.JavaNames;
import io.jbindgen.naming.NameAllocator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lists the members of a record class: flattens anonymous struct/union members onto the enclosing
 * class, skips unnamed bitfields, and gives every member a Java name that clashes neither with the
 * class's own generated members nor with another member.
 */
final class MemberPlanner {
    /** Member names of every generated record class and of {@code Object}. */
    static final Set<String> RESERVED_METHODS = Set.of("segment", "toString", "hashCode", "equals", "getClass",
            "notify", "notifyAll", "wait", "clone", "finalize", "allocate", "at", "atUnaligned", "slice",
            "sizeWith");

    private final TranslationUnit unit;
    private final LayoutSource layouts;
    private final TypeMapping mapping;

    MemberPlanner(TranslationUnit unit, LayoutSource layouts, TypeMapping mapping) {
        this.unit = unit;
        this.layouts = layouts;
        this.mapping = mapping;
    }

    /** {@return the members of {@code layout}, in declaration order} */
    List<Member> plan(RecordLayout layout) {
        List<Member> out = new ArrayList<>();
        walk(layout, 0, false, new NameAllocator(RESERVED_METHODS), new NameAllocator(Set.of()), out);
        return out;
    }

    private void walk(RecordLayout layout, long baseBits, boolean anonymous, NameAllocator methods,
            NameAllocator constants, List<Member> out) {
        for (FieldLayout fl : layout.fields()) {
            FieldDecl f = fl.field();
            if (f.isAnonymous()) {
                if (!f.isBitfield()) {
                    anonymousRecord(f).ifPresent(inner -> walk(inner, baseBits + fl.offsetBits(), true,
                            methods, constants, out));
                }
                continue;
            }
            JType type = mapping.resolve(f.type());
            if (type instanceof JType.Opaque o) {
                type = new JType.Opaque(fl.size(), fl.align(), o.why());
            }
            String javaName = methods.allocate(JavaNames.lowerCamel(f.name(), "field"),
                    n -> List.of(n, n + "Segment", n + "Enum", n + "Available"));
            int depth = innerDimensions(type);
            String constName = constants.allocate(JavaNames.upperSnake(javaName), n -> constantNames(n, depth));
            out.add(new Member(f, javaName, constName, baseBits + fl.offsetBits(), type,
                    baseBits / 8 + layout.size(), anonymous));
        }
    }

    /** {@return the constants a member with base name {@code n} and {@code depth} inner dimensions has} */
    private static List<String> constantNames(String n, int depth) {
        List<String> names = new ArrayList<>(List.of(n + "_OFFSET", n + "_LENGTH", n + "_HANDLE"));
        for (int k = 1; k <= depth; k++) {
            names.add(n + "_LENGTH_" + k);
        }
        return names;
    }

    /** {@return how many array dimensions {@code type} has below its outer one} */
    private static int innerDimensions(JType type) {
        return type instanceof JType.Array a ? a.dimensions().size() - 1 : 0;
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
