package io.jbindgen.abidiff;

/**
 * What changed. The categories follow libabigail's {@code abidiff} where it has one (size or alignment
 * change of a type, data member insertion, deletion, offset change, type change, enumerator insertion,
 * deletion and value change); the macro, request and request-argument kinds are jbindgen's own, because
 * {@code abidiff} compares compiled binaries and sees no macros or documentation.
 */
public enum ChangeKind {
    /** A record is new. */
    RECORD_ADDED,
    /** A record is gone. */
    RECORD_REMOVED,
    /** A record's size changed (bytes). */
    RECORD_SIZE_CHANGED,
    /** A record's alignment changed (bytes). */
    RECORD_ALIGNMENT_CHANGED,
    /** A member is new (its offset in bytes). */
    MEMBER_ADDED,
    /** A member is gone (its old offset in bytes). */
    MEMBER_REMOVED,
    /** A member has another name at the same offset, with the same size (old and new name). */
    MEMBER_RENAMED,
    /** A member's offset changed (bytes). */
    MEMBER_MOVED,
    /** A member's type is spelled differently, at the same size (old and new type). */
    MEMBER_RETYPED,
    /** A member's size changed (bytes). */
    MEMBER_RESIZED,
    /** A bitfield's bit offset changed (bits). */
    BITFIELD_MOVED,
    /** A bitfield's width changed, or a member became or stopped being a bitfield (bits). */
    BITFIELD_RESIZED,
    /** An enumerator is new. */
    ENUM_CONSTANT_ADDED,
    /** An enumerator is gone. */
    ENUM_CONSTANT_REMOVED,
    /** An enumerator's value changed. */
    ENUM_CONSTANT_VALUE_CHANGED,
    /** An integer macro is new. */
    MACRO_ADDED,
    /** An integer macro is gone. */
    MACRO_REMOVED,
    /** An integer macro's value changed (not an ioctl request). */
    MACRO_VALUE_CHANGED,
    /** An ioctl request's number changed; it encodes the payload size, which the change names. */
    IOCTL_REQUEST_CHANGED,
    /** A request (enumerator documented {@code + a, b}) takes an argument it did not take. */
    REQUEST_ARGUMENT_ADDED,
    /** A request no longer takes an argument it took. */
    REQUEST_ARGUMENT_REMOVED
}
