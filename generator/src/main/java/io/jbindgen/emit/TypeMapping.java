package io.jbindgen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.jbindgen.abi.RecordLayout;
import io.jbindgen.target.ScalarInfo;
import io.jbindgen.target.Target;
import io.jbindgen.model.CType;
import io.jbindgen.model.EnumDecl;
import io.jbindgen.model.ScalarKind;
import io.jbindgen.model.TranslationUnit;
import java.nio.ByteOrder;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the Java representation of C types on one target: storage, signedness, byte order (from
 * the target and from {@code __le16}-style typedef names), and the Java type accessors use.
 */
final class TypeMapping {
    private static final Pattern EXPLICIT_ORDER = Pattern.compile("__(le|be)(16|32|64)");

    private final TranslationUnit unit;
    private final Target target;
    private final LayoutSource layouts;
    private final ClassNames classNames;

    TypeMapping(TranslationUnit unit, Target target, LayoutSource layouts, ClassNames classNames) {
        this.unit = unit;
        this.target = target;
        this.layouts = layouts;
        this.classNames = classNames;
    }

    Target target() {
        return target;
    }

    /** {@return how {@code type} is represented} */
    JType resolve(CType type) {
        ByteOrder order = target.byteOrder();
        CType t = type;
        while (t instanceof CType.Typedef td) {
            Matcher m = EXPLICIT_ORDER.matcher(td.name());
            if (m.matches()) {
                order = m.group(1).equals("le") ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
            }
            t = td.target();
        }
        return switch (t) {
            case CType.Scalar s -> scalar(s.kind(), order, null);
            case CType.Enum e -> scalar(enumUnderlying(e.key()), order, e.key());
            case CType.Pointer p -> target.pointer().size() == 8
                    ? new JType.Scalar(JType.Storage.ADDRESS, false, order, null, true)
                    : new JType.Scalar(JType.Storage.integer(target.pointer().size()), true, order, null, true);
            case CType.Array a -> new JType.Array(resolve(a.element()), a.length());
            case CType.Record r -> record(r);
            case CType.Void v -> new JType.Opaque(0, 1, "void");
            case CType.Function f -> new JType.Opaque(0, 1, "function");
            case CType.Typedef td -> throw new IllegalStateException("typedef left: " + td);
        };
    }

    private JType record(CType.Record r) {
        Optional<RecordLayout> layout = layouts.record(r.key());
        if (layout.isEmpty()) {
            return new JType.Opaque(0, 1, "incomplete " + r.key());
        }
        RecordLayout l = layout.get();
        return classNames.record(r.key())
                .<JType>map(cls -> new JType.Struct(r.key(), cls, l.size(), l.align()))
                .orElse(new JType.Opaque(l.size(), l.align(), r.key()));
    }

    private ScalarKind enumUnderlying(String key) {
        return unit.enumeration(key).map(EnumDecl::underlying).orElse(ScalarKind.INT);
    }

    private JType scalar(ScalarKind kind, ByteOrder order, String enumKey) {
        ScalarInfo info = target.scalar(kind).orElse(null);
        if (info == null) {
            return new JType.Opaque(0, 1, kind.spelling() + " (not on " + target.name() + ")");
        }
        if (kind.isFloating()) {
            return switch (info.size()) {
                case 4 -> new JType.Scalar(JType.Storage.F32, false, order, null, false);
                case 8 -> new JType.Scalar(JType.Storage.F64, false, order, null, false);
                default -> new JType.Opaque(info.size(), info.fieldAlign(), kind.spelling());
            };
        }
        if (info.size() > 8) {
            return new JType.Opaque(info.size(), info.fieldAlign(), kind.spelling());
        }
        if (kind == ScalarKind.BOOL) {
            return new JType.Scalar(JType.Storage.BOOL, true, order, enumKey, false);
        }
        boolean unsigned = kind.isUnsigned() || kind == ScalarKind.CHAR && !target.charSigned();
        return new JType.Scalar(JType.Storage.integer(info.size()), unsigned, order, enumKey, false);
    }

    /** {@return the Java type a getter returns for {@code s}} */
    static TypeName javaType(JType.Scalar s) {
        return switch (s.storage()) {
            case BOOL -> TypeName.BOOLEAN;
            case I8 -> s.unsigned() ? TypeName.INT : TypeName.BYTE;
            case I16 -> s.unsigned() ? TypeName.INT : TypeName.SHORT;
            case I32 -> s.unsigned() ? TypeName.LONG : TypeName.INT;
            case I64 -> TypeName.LONG;
            case F32 -> TypeName.FLOAT;
            case F64 -> TypeName.DOUBLE;
            case ADDRESS -> ArrayAccessorEmitter.MEMORY_SEGMENT;
        };
    }

    /** {@return the largest value of an unsigned type narrower than its Java type, or -1 when none is needed} */
    static long unsignedMax(JType.Scalar s) {
        if (!s.unsigned()) {
            return -1;
        }
        return switch (s.storage()) {
            case I8 -> 0xFFL;
            case I16 -> 0xFFFFL;
            case I32 -> 0xFFFF_FFFFL;
            default -> -1;
        };
    }

    /** {@return the class generated for the record with this key, if any} */
    Optional<ClassName> recordClass(String key) {
        return classNames.record(key);
    }

    /** {@return the enum class of {@code s}, when its C enum has a generated class} */
    Optional<ClassName> enumClass(JType.Scalar s) {
        return s.enumKey() == null ? Optional.empty() : classNames.enumeration(s.enumKey());
    }

    /** {@return the Java type of the storage unit in memory ({@code byte} for {@code _Bool})} */
    static TypeName storageType(JType.Storage storage) {
        return switch (storage) {
            case BOOL, I8 -> TypeName.BYTE;
            case I16 -> TypeName.SHORT;
            case I32 -> TypeName.INT;
            case I64 -> TypeName.LONG;
            case F32 -> TypeName.FLOAT;
            case F64 -> TypeName.DOUBLE;
            case ADDRESS -> ArrayAccessorEmitter.MEMORY_SEGMENT;
        };
    }

    /**
     * {@return the generated record a pointer member points to, when {@code type} is a pointer to a record
     * with a generated class}
     */
    Optional<ClassName> pointeeRecord(CType type) {
        if (type.canonical() instanceof CType.Pointer p && p.pointee().canonical() instanceof CType.Record r) {
            return classNames.record(r.key());
        }
        return Optional.empty();
    }
}
