package io.jbindgen.abidiff;

/** What a change means for a consumer built against the old layout. */
public enum Compatibility {
    /** Code built against the old layout keeps working ({@code abidiff}: ABI change, bit 4). */
    COMPATIBLE,
    /** Code built against the old layout breaks ({@code abidiff}: incompatible ABI change, bit 8). */
    INCOMPATIBLE
}
