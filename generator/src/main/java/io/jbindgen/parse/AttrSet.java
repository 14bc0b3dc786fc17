package io.jbindgen.parse;

import io.jbindgen.model.Attributes;
import io.jbindgen.model.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * The layout-relevant GNU attributes collected while parsing one construct. Alignments are kept in the
 * order gcc applies them, because gcc folds them two ways: on a declaration (a member, a variable) the
 * largest wins ({@link #toAttributes()}); on a type (a struct or union, a typedef) each one replaces the
 * one before, so the last wins ({@link #toTypeAttributes()}).
 */
final class AttrSet {
    private boolean packed;
    private final List<Long> alignments = new ArrayList<>();
    private String mode;
    private Position modeAt;
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

    /** Records {@code aligned(n)} (a bare {@code aligned}: the target's biggest alignment). */
    void aligned(long n) {
        alignments.add(n);
    }

    /** {@return whether an {@code aligned} attribute was read} */
    boolean hasAlignment() {
        return !alignments.isEmpty();
    }

    /** Records an attribute that changes layout in a way jbindgen does not model. */
    void unsupported(SyntaxError why) {
        if (unsupported == null) {
            unsupported = why;
        }
    }

    /** Takes over {@code other}'s unsupported attribute, if any, and nothing else of it. */
    void addUnsupported(AttrSet other) {
        if (other.unsupported != null) {
            unsupported(other.unsupported);
        }
    }

    /** Throws the first unsupported attribute's error: for members and typedefs, whose sizes matter. */
    void requireLayout() {
        if (unsupported != null) {
            throw unsupported;
        }
    }

    void mode(String m, Position at) {
        mode = m;
        modeAt = at;
    }

    /** {@return where the {@code mode(...)} attribute stands, or {@code null}} */
    Position modePosition() {
        return modeAt;
    }

    /** {@return the {@code mode(...)} argument, or {@code null}} */
    String mode() {
        return mode;
    }

    void addAll(AttrSet other) {
        if (other.packed) {
            packed();
        }
        alignments.addAll(other.alignments);
        if (other.mode != null) {
            mode = other.mode;
            modeAt = other.modeAt;
        }
        if (other.unsupported != null) {
            unsupported(other.unsupported);
        }
        if (other.asmLabel != null) {
            asmLabel = other.asmLabel;
        }
        callerAttributes.addAll(other.callerAttributes);
    }

    /** {@return the attributes of a declaration: of several alignments, the largest} */
    Attributes toAttributes() {
        long aligned = Attributes.NONE;
        for (long n : alignments) {
            aligned = Math.max(aligned, n);
        }
        return attributes(aligned);
    }

    /** {@return the attributes of a type: of several alignments, the last} */
    Attributes toTypeAttributes() {
        return attributes(alignments.isEmpty() ? Attributes.NONE : alignments.getLast());
    }

    private Attributes attributes(long aligned) {
        return packed || aligned != Attributes.NONE ? new Attributes(packed, aligned) : Attributes.EMPTY;
    }
}
