package io.jbindgen.parse;

import io.jbindgen.abi.ScalarInfo;
import io.jbindgen.abi.Target;
import io.jbindgen.model.CType;
import io.jbindgen.model.EnumDecl;

/**
 * Sizes of scalars, pointers, arrays, enums and typedefs from the target's tables; records are
 * delegated (to the layout engine), or unknown when there is no delegate.
 */
final class TargetSizes implements TypeSizes {
    private final Target target;
    private final Scope scope;
    private final TypeSizes records;

    TargetSizes(Target target, Scope scope, TypeSizes records) {
        this.target = target;
        this.scope = scope;
        this.records = records;
    }

    @Override
    public long sizeOf(CType type) {
        return switch (type.canonical()) {
            case CType.Scalar s -> target.scalar(s.kind()).map(ScalarInfo::size).orElse((int) UNKNOWN);
            case CType.Pointer p -> target.pointer().size();
            case CType.Array a -> arraySize(a);
            case CType.Enum e -> enumInfo(e) == null ? UNKNOWN : enumInfo(e).size();
            case CType.Record r -> records == null ? UNKNOWN : records.sizeOf(r);
            case CType.Void v -> 1;
            default -> UNKNOWN;
        };
    }

    @Override
    public long alignOf(CType type) {
        return switch (type.canonical()) {
            case CType.Scalar s -> target.scalar(s.kind()).map(ScalarInfo::align).orElse((int) UNKNOWN);
            case CType.Pointer p -> target.pointer().align();
            case CType.Array a -> alignOf(a.element());
            case CType.Enum e -> enumInfo(e) == null ? UNKNOWN : enumInfo(e).align();
            case CType.Record r -> records == null ? UNKNOWN : records.alignOf(r);
            case CType.Void v -> 1;
            default -> UNKNOWN;
        };
    }

    private long arraySize(CType.Array a) {
        if (a.length() <= 0) {
            return a.length() == 0 ? 0 : UNKNOWN;
        }
        long element = sizeOf(a.element());
        if (element < 0) {
            return UNKNOWN;
        }
        return element == 0 || a.length() <= Long.MAX_VALUE / element ? element * a.length() : UNKNOWN;
    }

    private ScalarInfo enumInfo(CType.Enum e) {
        EnumDecl decl = scope.enumeration(e.key());
        return decl == null ? null : target.scalar(decl.underlying()).orElse(null);
    }
}
