package io.jbindgen.abi;

import io.jbindgen.model.Attributes;
import io.jbindgen.model.CType;
import io.jbindgen.model.EnumDecl;
import io.jbindgen.model.Position;
import io.jbindgen.model.ScalarKind;
import io.jbindgen.model.TypedefDecl;
import io.jbindgen.target.ScalarInfo;
import io.jbindgen.target.Target;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Sizes and aligns any object type on one target: scalars and pointers from the target table,
 * arrays from their element, enums from their underlying type, typedefs with their {@code aligned}
 * attribute (which on a typedef sets the alignment, raising or lowering it), records through a lookup
 * supplied by the caller.
 */
final class TypeSizer {
    private final Target target;
    private final Map<String, TypedefDecl> typedefs;
    private final Map<String, EnumDecl> enums;
    private final BiFunction<String, Position, RecordLayout> records;
    private final Set<String> realigned;

    /**
     * @param realigned typedef names declared again with a larger alignment: gcc gives the uses after that
     *     declaration the larger one and the uses before it the smaller, which one alignment per name cannot
     *     say, so every use of them fails
     */
    TypeSizer(Target target, Map<String, TypedefDecl> typedefs, Map<String, EnumDecl> enums,
            BiFunction<String, Position, RecordLayout> records, Set<String> realigned) {
        this.target = target;
        this.typedefs = typedefs;
        this.enums = enums;
        this.records = records;
        this.realigned = realigned;
    }

    Target target() {
        return target;
    }

    /**
     * {@return size and alignment of {@code type}}; throws {@link LayoutFailure} when it has none.
     * Here and in {@link #preferredAlign}, instanceof tests rather than a pattern switch: the first
     * type switch a process runs costs it a generated class, on every generator start-up.
     */
    TypeInfo info(CType type, Position where) {
        if (type instanceof CType.Scalar s) {
            return scalar(s.kind(), where);
        }
        if (type instanceof CType.Pointer) {
            return new TypeInfo(target.pointer().size(), target.pointer().align());
        }
        if (type instanceof CType.Array a) {
            return array(a, where);
        }
        if (type instanceof CType.Enum e) {
            return enumeration(e.key(), where);
        }
        if (type instanceof CType.Record r) {
            RecordLayout layout = records.apply(r.key(), where);
            return new TypeInfo(layout.size(), layout.align());
        }
        if (type instanceof CType.Typedef t) {
            return typedef(t, where);
        }
        if (type instanceof CType.Void) {
            throw new LayoutFailure(where, "incomplete-type", "'void' has no size", true);
        }
        if (type instanceof CType.Function) {
            throw new LayoutFailure(where, "function-by-value",
                    "a function type has no size (only a pointer to it has)", true);
        }
        throw new IllegalStateException("unknown kind of type: " + type);
    }

    /**
     * {@return GNU {@code __alignof__(type)}: like {@link #info}'s alignment, except that scalars (also as
     * array elements, enum underlying types and typedef targets) answer their preferred alignment}
     */
    long preferredAlign(CType type, Position where) {
        if (type instanceof CType.Scalar s) {
            scalar(s.kind(), where);
            return target.scalar(s.kind()).orElseThrow().align();
        }
        if (type instanceof CType.Array a) {
            return preferredAlign(a.element(), where);
        }
        if (type instanceof CType.Enum e) {
            TypeInfo base = enumeration(e.key(), where);
            return Math.max(base.align(), target.scalar(enums.get(e.key()).underlying()).orElseThrow().align());
        }
        if (type instanceof CType.Typedef t) {
            requireOneAlignment(t, where);
            TypedefDecl decl = typedefs.get(t.name());
            return decl != null && decl.attributes().hasAligned() ? typedef(t, where).align()
                    : preferredAlign(t.target(), where);
        }
        return info(type, where).align();
    }

    /** {@return the value of an {@code aligned} attribute in bytes (bare {@code aligned} = biggest alignment)} */
    long alignedValue(Attributes attributes) {
        return attributes.aligned() == Attributes.MAX ? target.biggestAlignment() : attributes.aligned();
    }

    private TypeInfo scalar(ScalarKind kind, Position where) {
        Optional<ScalarInfo> info = target.scalar(kind);
        if (info.isEmpty()) {
            throw new LayoutFailure(where, "unsupported-type",
                    "type '" + kind.spelling() + "' does not exist on target " + target.name(), true);
        }
        ScalarInfo s = info.get();
        return new TypeInfo(s.size(), s.fieldAlign());
    }

    private TypeInfo array(CType.Array a, Position where) {
        TypeInfo element = info(a.element(), where);
        if (a.length() <= 0) {
            return new TypeInfo(0, element.align());
        }
        try {
            return new TypeInfo(Math.multiplyExact(element.size(), a.length()), element.align());
        } catch (ArithmeticException e) {
            throw new LayoutFailure(where, "array-too-large", "array '" + a.spelling() + "' is too large", true);
        }
    }

    private TypeInfo enumeration(String key, Position where) {
        EnumDecl e = enums.get(key);
        if (e == null) {
            throw new LayoutFailure(where, "incomplete-type", "'" + key + "' is never defined (incomplete type)", true);
        }
        return scalar(e.underlying(), where);
    }

    private void requireOneAlignment(CType.Typedef t, Position where) {
        if (realigned.contains(t.name())) {
            throw new LayoutFailure(where, "typedef-realigned", "typedef '" + t.name() + "' is declared again with a "
                    + "larger alignment, which gcc gives only the uses after it; jbindgen does not model that", true);
        }
    }

    private TypeInfo typedef(CType.Typedef t, Position where) {
        requireOneAlignment(t, where);
        TypeInfo base = info(t.target(), where);
        TypedefDecl decl = typedefs.get(t.name());
        if (decl == null || !decl.attributes().hasAligned()) {
            return base;
        }
        return new TypeInfo(base.size(), alignedValue(decl.attributes()));
    }
}
