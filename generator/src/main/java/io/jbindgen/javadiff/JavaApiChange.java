package io.jbindgen.javadiff;

import java.util.Objects;

/**
 * One change of the generated Java API that a Java caller trips over.
 *
 * @param kind what changed
 * @param type the generated type's fully qualified name
 * @param member the member's key ({@code config()}, {@code SIZE}), or {@code null} for the type
 * @param oldSignature the signature before, or {@code null}
 * @param newSignature the signature now, or {@code null}
 */
public record JavaApiChange(Kind kind, String type, String member, String oldSignature, String newSignature) {

    /** What changed. */
    public enum Kind {
        /** A public type is gone. */
        TYPE_REMOVED,
        /** A public member is gone (a method with the same name and other parameters may remain). */
        MEMBER_REMOVED,
        /** A field's type or a method's return type changed. */
        TYPE_CHANGED,
        /** A constant's value changed: callers compiled against the old one keep the old value inlined. */
        CONSTANT_VALUE_CHANGED,
        /** A member became static or stopped being static. */
        STATIC_CHANGED
    }

    public JavaApiChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
    }

    /** {@return one line: {@code MEMBER_REMOVED org.example.Foo.bar(): int bar()}} */
    @Override
    public String toString() {
        String subject = member == null ? type : type + "." + member;
        String values = oldSignature != null && newSignature != null ? ": " + oldSignature + " -> " + newSignature
                : oldSignature != null ? ": " + oldSignature : "";
        return kind + " " + subject + values;
    }
}
