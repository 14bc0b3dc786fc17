package io.jbindgen.parse;

import io.jbindgen.model.Attributes;

/** The layout-relevant GNU attributes collected while parsing one construct. */
final class AttrSet {
    private boolean packed;
    private long aligned = Attributes.NONE;
    private String mode;
    private SyntaxError unsupported;
    private String asmLabel;
    private final java.util.LinkedHashSet<String> callerAttributes = new java.util.LinkedHashSet<>();

    /** Records an {@code __asm__("label")}: the symbol the declaration links to. */
    void asmLabel(String label) {
        asmLabel = label;
    }

    /** {@return the asm label, or {@code null}} */
    String asmLabel() {
        return asmLabel;
    }

    /** Records a function attribute a caller cares about ({@code deprecated}, {@code noreturn}, ...). */
    void callerAttribute(String name) {
        callerAttributes.add(name);
    }

    /** {@return the caller-relevant function attributes, in order} */
    java.util.List<String> callerAttributes() {
        return java.util.List.copyOf(callerAttributes);
    }

    void packed() {
        packed = true;
    }

    /** Records {@code aligned(n)} ({@link Attributes#MAX} for a bare {@code aligned}); the largest wins. */
    void aligned(long n) {
        if (aligned == Attributes.MAX || n == Attributes.MAX) {
            aligned = Attributes.MAX;
        } else {
            aligned = Math.max(aligned, n);
        }
    }

    /** Records an attribute that changes layout in a way jbindgen does not model. */
    void unsupported(SyntaxError why) {
        if (unsupported == null) {
            unsupported = why;
        }
    }

    /** Throws the first unsupported attribute's error: for members and typedefs, whose sizes matter. */
    void requireLayout() {
        if (unsupported != null) {
            throw unsupported;
        }
    }

    void mode(String m) {
        mode = m;
    }

    /** {@return the {@code mode(...)} argument, or {@code null}} */
    String mode() {
        return mode;
    }

    void addAll(AttrSet other) {
        if (other.packed) {
            packed();
        }
        if (other.aligned != Attributes.NONE) {
            aligned(other.aligned);
        }
        if (other.mode != null) {
            mode = other.mode;
        }
        if (other.unsupported != null) {
            unsupported(other.unsupported);
        }
        if (other.asmLabel != null) {
            asmLabel = other.asmLabel;
        }
        callerAttributes.addAll(other.callerAttributes);
    }

    Attributes toAttributes() {
        return packed || aligned != Attributes.NONE ? new Attributes(packed, aligned) : Attributes.EMPTY;
    }
}
