package io.jbindgen.model;

import java.util.Objects;

/**
 * What an {@code _IO/_IOR/_IOW/_IOWR} request macro encodes.
 *
 * @param direction the data direction as the macro name says it
 * @param type the "magic" type number (first argument)
 * @param number the command number (second argument)
 * @param size the payload size in bytes on the target ({@code 0} for {@code _IO})
 * @param payload the payload type (third argument), or {@code null} for {@code _IO}
 */
public record IoctlInfo(Direction direction, long type, long number, long size, CType payload) {

    /** Data direction, from user space's point of view. */
    public enum Direction {
        /** {@code _IO}: no data. */
        NONE,
        /** {@code _IOW}: user space writes, the kernel reads. */
        WRITE,
        /** {@code _IOR}: the kernel writes, user space reads. */
        READ,
        /** {@code _IOWR}: both. */
        READ_WRITE
    }

    public IoctlInfo {
        Objects.requireNonNull(direction, "direction");
    }
}
