package io.jbindgen.select;

import io.jbindgen.model.CType;
import io.jbindgen.model.FieldDecl;
import io.jbindgen.model.RecordDecl;
import io.jbindgen.naming.JavaNames;
import io.jbindgen.naming.NameAllocator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names the accessor-bearing members of one record class: flattens anonymous struct and union members
 * onto it, skips unnamed bit-fields, and gives every member a Java name that clashes neither with the
 * class's own generated members nor with another member's accessors or constants.
 */
final class MemberNames {
    /** Member names of every generated record class and of {@code Object}. */
    static final Set<String> RESERVED_METHODS = Set.of("segment", "toString", "hashCode", "equals", "getClass",
            "notify", "notifyAll", "wait", "clone", "finalize", "allocate", "at", "atUnaligned", "slice",
            "sizeWith");

    private final Map<String, RecordDecl> records;
    private final NameAllocator methods = new NameAllocator(RESERVED_METHODS);
    private final NameAllocator constants = new NameAllocator(Set.of());
    private final List<PlannedMember> out = new ArrayList<>();

    private MemberNames(Map<String, RecordDecl> records) {
        this.records = records;
    }

    /**
     * {@return the members of {@code record}'s class, in declaration order}
     *
     * @param record the record that gets a class
     * @param records the unit's record definitions by key (anonymous members are looked up there)
     */
    static List<PlannedMember> of(RecordDecl record, Map<String, RecordDecl> records) {
        MemberNames names = new MemberNames(records);
        names.walk(record, false);
        return List.copyOf(names.out);
    }

    private void walk(RecordDecl record, boolean anonymous) {
        for (FieldDecl f : record.fields()) {
            if (f.isAnonymous()) {
                if (!f.isBitfield() && f.type().canonical() instanceof CType.Record r && records.containsKey(r.key())) {
                    walk(records.get(r.key()), true);
                }
                continue;
            }
            boolean pointer = f.type().canonical() instanceof CType.Pointer;
            String javaName = methods.allocate(JavaNames.lowerCamel(f.name(), "field"), n -> methodNames(n, pointer));
            int depth = innerDimensions(f.type());
            String prefix = constants.allocate(JavaNames.upperSnake(javaName), n -> constantNames(n, depth));
            out.add(new PlannedMember(f.name(), javaName, prefix, anonymous));
        }
    }

    /**
     * {@return the methods a member with base name {@code n} may have: its accessors, its array and
     * enum views and, for a pointer (a {@code MemorySegment} on 64-bit targets), its instance setter}
     */
    private static List<String> methodNames(String n, boolean pointer) {
        List<String> names = new ArrayList<>(List.of(n, n + "Segment", n + "Enum", n + "Available"));
        if (pointer) {
            names.add("set" + Character.toUpperCase(n.charAt(0)) + n.substring(1));
        }
        return names;
    }

    /** {@return the constants a member with base name {@code n} and {@code depth} inner dimensions has} */
    private static List<String> constantNames(String n, int depth) {
        List<String> names = new ArrayList<>(List.of(n + "_OFFSET", n + "_LENGTH", n + "_HANDLE"));
        for (int k = 1; k <= depth; k++) {
            names.add(n + "_LENGTH_" + k);
        }
        return names;
    }

    /** {@return how many array dimensions {@code type} has below its outer one, typedefs seen through} */
    private static int innerDimensions(CType type) {
        int depth = -1;
        for (CType t = type.canonical(); t instanceof CType.Array a; t = a.element().canonical()) {
            depth++;
        }
        return Math.max(0, depth);
    }
}
