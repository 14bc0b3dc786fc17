package io.jbindgen.parse;

import io.jbindgen.model.Attributes;
import io.jbindgen.model.CType;

/**
 * What a second declaration of a file-scope name means, as gcc decides it (checked with gcc). A variable
 * declared again with another type is an error ("conflicting types"). A second {@code typedef} naming another
 * type is an error ("conflicting types"); naming the same type keeps the first declaration, except that
 * an {@code aligned} attribute larger than the alignment the name had raises it from there on, for the
 * uses that follow only. jbindgen keeps one alignment per typedef name, so that last case is not
 * modelled: the name becomes unmodelled for what follows.
 */
final class Redeclaration {
    /** The verdict on a redeclaration. */
    enum Verdict { SAME, CONFLICTING, RAISES_ALIGNMENT }

    private Redeclaration() {
    }

    /**
     * @param before the type the name has now
     * @param after the type the new declaration gives it
     * @param attributes the new declaration's attributes
     * @param alignBefore the name's alignment now in bytes, or {@link TypeSizes#UNKNOWN}
     * @param biggestAlignment what a bare {@code aligned} means on the target
     */
    static Verdict judge(CType before, CType after, Attributes attributes, long alignBefore, long biggestAlignment) {
        if (conflicting(before, after)) {
            return Verdict.CONFLICTING;
        }
        if (attributes.hasAligned()) {
            long wanted = attributes.aligned() == Attributes.MAX ? biggestAlignment : attributes.aligned();
            if (alignBefore == TypeSizes.UNKNOWN || wanted > alignBefore) {
                return Verdict.RAISES_ALIGNMENT;
            }
        }
        return Verdict.SAME;
    }

    /** {@return whether a variable declared as {@code before} and again as {@code after} has two types} */
    static boolean conflicting(CType before, CType after) {
        CType a = strip(before);
        CType b = strip(after);
        return a != null && b != null && !a.equals(b);
    }

    /**
     * {@return the type with every typedef name removed at every level, or {@code null} when it holds
     * something whose compatibility rules are not mere equality (functions, arrays of unknown length)}
     */
    private static CType strip(CType type) {
        CType t = type.canonical();
        if (t instanceof CType.Pointer p) {
            CType pointee = strip(p.pointee());
            return pointee == null ? null : new CType.Pointer(pointee);
        }
        if (t instanceof CType.Array a) {
            CType element = strip(a.element());
            return element == null || a.length() == CType.Array.FLEXIBLE ? null : new CType.Array(element, a.length());
        }
        if (t instanceof CType.Function) {
            return null;
        }
        return t;
    }
}
