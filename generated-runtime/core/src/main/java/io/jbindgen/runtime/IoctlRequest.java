package io.jbindgen.runtime;

import io.jbindgen.runtime.sys.ErrnoException;
import io.jbindgen.runtime.sys.IoctlTarget;
import java.lang.foreign.MemorySegment;
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

    /**
     * Issues this request on a descriptor with its payload.
     *
     * @param descriptor the open descriptor (jbindgen-posix's {@code Descriptor})
     * @param payload native memory of at least {@link #size()} bytes, which the kernel reads, writes or
     *     both according to {@link #direction()}
     * @return the non-negative result of {@code ioctl(2)}
     * @throws ErrnoException naming the request number and the descriptor when the call fails
     * @throws IllegalArgumentException when the request carries no data or the payload is too small
     */
    public int issue(IoctlTarget descriptor, MemorySegment payload) throws ErrnoException {
        if (direction == Direction.NONE) {
            throw new IllegalArgumentException("ioctl 0x" + Long.toHexString(value) + " carries no data (_IO)");
        }
        if (payload.byteSize() < size) {
            throw new IllegalArgumentException("ioctl 0x" + Long.toHexString(value) + " needs " + size
                    + " bytes of payload, got " + payload.byteSize());
        }
        return descriptor.ioctl(value, payload);
    }

    /**
     * Issues this request, which carries no data ({@code _IO}), on a descriptor.
     *
     * @param descriptor the open descriptor
     * @return the non-negative result of {@code ioctl(2)}
     * @throws ErrnoException naming the request number and the descriptor when the call fails
     * @throws IllegalArgumentException when the request carries data
     */
    public int issue(IoctlTarget descriptor) throws ErrnoException {
        if (direction != Direction.NONE) {
            throw new IllegalArgumentException("ioctl 0x" + Long.toHexString(value) + " needs a payload of "
                    + size + " bytes");
        }
        return descriptor.ioctl(value, 0L);
    }
}
