package io.jbindgen.runtime;

import java.util.Objects;

/**
 * An ioctl request as an {@code _IO/_IOR/_IOW/_IOWR} macro encodes it.
 *
 * @param direction the data direction, from user space's point of view
 * @param type the "magic" type number (first macro argument)
 * @param number the command number (second macro argument)
 * @param size the payload size in bytes on the target
 * @param payload the generated class of the payload, or {@code null} when there is none or it is not
 *     a generated record
 * @param value the request number passed to {@code ioctl(2)}
 */
public record IoctlRequest(Direction direction, long type, long number, long size, Class<?> payload,
        long value) {

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

    /** Checks that a direction is given. */
    public IoctlRequest {
        Objects.requireNonNull(direction, "direction");
    }
}
