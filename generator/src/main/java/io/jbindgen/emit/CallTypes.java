package io.jbindgen.emit;

import com.palantir.javapoet.TypeName;
import io.jbindgen.model.CType;
import io.jbindgen.model.FunctionDecl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps C types to {@link CallType}s on one target. Pointers are {@code MemorySegment}s on 64-bit targets
 * (a 64-bit JVM's {@code ValueLayout.ADDRESS}); on 32-bit targets (i386 generated on x86_64) they stay
 * target-width unsigned integers, as record members are, since the generating JVM's addresses are not
 * the target's.
 */
final class CallTypes {
    private final TypeMapping mapping;

    CallTypes(TypeMapping mapping) {
        this.mapping = mapping;
    }

    /** {@return whether pointers are bound as {@code MemorySegment}s} */
    boolean addresses() {
        return mapping.target().pointer().size() == 8;
    }

    /** {@return how {@code type} crosses a call, or empty for {@code void} and types with no layout} */
    Optional<CallType> of(CType type) {
        CType c = type.canonical();
        if (c instanceof CType.Pointer p && addresses()) {
            return Optional.of(new CallType.Address(p.pointee().canonical() instanceof CType.Record r
                    ? mapping.recordClass(r.key()).orElse(null) : null));
        }
        return switch (mapping.resolve(type)) {
            case JType.Scalar s -> Optional.of(value(s));
            case JType.Struct s -> Optional.of(new CallType.ByValue(s.cls()));
            default -> Optional.empty();
        };
    }

    /**
     * {@return the Java types of {@code f}'s parameters as source spells them, or empty when a parameter
     * or the result has no layout}
     */
    Optional<List<String>> parameterTypes(FunctionDecl f) {
        CType ret = f.type().returnType();
        if (!(ret.canonical() instanceof CType.Void) && of(ret).isEmpty()) {
            return Optional.empty();
        }
        List<String> types = new ArrayList<>();
        for (CType p : f.type().parameters()) {
            Optional<CallType> t = of(p);
            if (t.isEmpty()) {
                return Optional.empty();
            }
            types.add(t.get().javaType().toString());
        }
        return Optional.of(types);
    }

    private static CallType value(JType.Scalar s) {
        TypeName carrier = s.storage() == JType.Storage.BOOL ? TypeName.BOOLEAN : TypeMapping.storageType(s.storage());
        String layout = s.storage() == JType.Storage.BOOL ? "JAVA_BOOLEAN" : s.storage().layout;
        TypeName java = s.storage() == JType.Storage.BOOL ? TypeName.BOOLEAN : TypeMapping.javaType(s);
        return new CallType.Value(java, carrier, layout, java.equals(carrier) ? -1 : TypeMapping.unsignedMax(s));
    }
}
