package io.jbindgen.abi;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.CType;
import io.jbindgen.model.Position;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.target.Target;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The layouts of every complete record of a translation unit on one target, as gcc computes them,
 * and {@code sizeof} / {@code _Alignof} of any type. Immutable once computed.
 */
public final class Layouts {
    private final Target target;
    private final Map<String, RecordLayout> records;
    private final TypeSizer sizer;

    private Layouts(Target target, Map<String, RecordLayout> records, TypeSizer sizer) {
        this.target = target;
        this.records = records;
        this.sizer = sizer;
    }

    /**
     * Lays out every complete struct and union of {@code unit} on {@code target}. A record that
     * contains an incomplete type, itself, or a type the target lacks gets no layout and an error
     * naming the member; records that contain such a record by value get a note.
     */
    public static Layouts compute(TranslationUnit unit, Target target, Diagnostics diags) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(target, "target");
        LayoutEngine engine = new LayoutEngine(unit, target, diags);
        Map<String, RecordLayout> all = engine.computeAll();
        return new Layouts(target, all, engine.frozenSizer(all));
    }

    /** {@return the target these layouts are for} */
    public Target target() {
        return target;
    }

    /** {@return the layout of the record with this key, empty when it is incomplete or has no layout} */
    public Optional<RecordLayout> record(String key) {
        return Optional.ofNullable(records.get(key));
    }

    /** {@return {@code sizeof(type)} in bytes, or -1 when the type has no size (incomplete, void, function)} */
    public long sizeOf(CType type) {
        try {
            return sizer.info(type, Position.BUILTIN).size();
        } catch (LayoutFailure f) {
            return -1;
        }
    }

    /** {@return {@code _Alignof(type)} in bytes, or -1 when the type has no layout} */
    public long alignOf(CType type) {
        try {
            return sizer.info(type, Position.BUILTIN).align();
        } catch (LayoutFailure f) {
            return -1;
        }
    }

    /** {@return GNU {@code __alignof__(type)} in bytes (8 for {@code long long} on i386, where {@code _Alignof} is 4), or -1} */
    public long preferredAlignOf(CType type) {
        try {
            return sizer.preferredAlign(type, Position.BUILTIN);
        } catch (LayoutFailure f) {
            return -1;
        }
    }
}
