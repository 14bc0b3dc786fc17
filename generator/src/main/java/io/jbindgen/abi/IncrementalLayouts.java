package io.jbindgen.abi;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.CType;
import io.jbindgen.model.Declaration;
import io.jbindgen.model.Position;
import io.jbindgen.target.Target;

/**
 * {@code sizeof} and {@code _Alignof} while a header is still being parsed (for {@code sizeof} in array
 * sizes, enum values and ioctl macros): declarations are added as the parser produces them, and a type is
 * sized with what has been seen so far. Same rules and results as {@link Layouts}; record layouts are
 * memoized. Reports nothing: a type that cannot be sized yet answers -1, and the final
 * {@link Layouts#compute} reports the reason.
 */
public final class IncrementalLayouts {
    private final LayoutEngine engine;

    /** Starts with no declarations. */
    public IncrementalLayouts(Target target) {
        this.engine = new LayoutEngine(target, new Diagnostics());
    }

    /** Makes a declaration known (records, enums and typedefs matter; others are ignored). */
    public void add(Declaration declaration) {
        engine.add(declaration);
    }

    /** {@return {@code sizeof(type)} in bytes, or -1 when it cannot be sized with what has been seen} */
    public long sizeOf(CType type) {
        try {
            return engine.info(type, Position.BUILTIN).size();
        } catch (LayoutFailure f) {
            return -1;
        }
    }

    /** {@return {@code _Alignof(type)} in bytes, or -1 when it cannot be sized with what has been seen} */
    public long alignOf(CType type) {
        try {
            return engine.info(type, Position.BUILTIN).align();
        } catch (LayoutFailure f) {
            return -1;
        }
    }

    /** {@return GNU {@code __alignof__(type)} in bytes (8 for {@code long long} on i386, where {@code _Alignof} is 4), or -1} */
    public long preferredAlignOf(CType type) {
        try {
            return engine.preferredAlign(type);
        } catch (LayoutFailure f) {
            return -1;
        }
    }
}
