package io.jbindgen.runtime;

/** Implemented by every Java enum generated from a C enum. */
public interface CEnum {
    /** {@return the enumerator's C value (read it as unsigned when the C enum is unsigned)} */
    long value();
}
