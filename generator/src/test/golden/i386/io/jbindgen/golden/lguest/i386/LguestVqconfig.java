package io.jbindgen.golden.lguest.i386;

import io.jbindgen.runtime.Checks;
import io.jbindgen.runtime.LayoutSupport;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import javax.annotation.processing.Generated;

/**
 * This is how we expect the device configuration field for a virtqueue
 * to be laid out in config space.
 *
 * <p>View of the C <code>struct lguest_vqconfig</code> on i386: 8 bytes, aligned to 4.
 */
@Generated("io.jbindgen")
public final class LguestVqconfig {
    /**
     * The layout of the record on i386, with C member names and explicit padding.
     */
    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
            ValueLayout.JAVA_SHORT.withOrder(ByteOrder.LITTLE_ENDIAN).withName("num"),
            ValueLayout.JAVA_SHORT.withOrder(ByteOrder.LITTLE_ENDIAN).withName("irq"),
            ValueLayout.JAVA_INT.withOrder(ByteOrder.LITTLE_ENDIAN).withName("pfn")).withByteAlignment(4).withName("lguest_vqconfig");

    /**
     * The size of the record in bytes ({@code sizeof}).
     */
    public static final long SIZE = 8L;

    /**
     * The alignment of the record in bytes.
     */
    public static final long ALIGN = 4L;

    /**
     * The byte offset of <code>num</code>.
     */
    public static final long NUM_OFFSET = 0L;

    /**
     * The byte offset of <code>irq</code>.
     */
    public static final long IRQ_OFFSET = 2L;

    /**
     * The byte offset of <code>pfn</code>.
     */
    public static final long PFN_OFFSET = 4L;

    private static final ValueLayout.OfInt ACCESS_INT_LE = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private static final ValueLayout.OfShort ACCESS_SHORT_LE = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private static final VarHandle IRQ_HANDLE = LayoutSupport.memberHandle(ACCESS_SHORT_LE, IRQ_OFFSET, SIZE);

    private static final VarHandle NUM_HANDLE = LayoutSupport.memberHandle(ACCESS_SHORT_LE, NUM_OFFSET, SIZE);

    private static final VarHandle PFN_HANDLE = LayoutSupport.memberHandle(ACCESS_INT_LE, PFN_OFFSET, SIZE);

    private final MemorySegment segment;

    private LguestVqconfig(MemorySegment segment) {
        this.segment = segment;
    }

    /**
     * Allocates a record with {@code allocator} (an arena gives zeroed memory).
     *
     * @param allocator where the memory comes from
     * @return a view of the new record
     */
    public static LguestVqconfig allocate(SegmentAllocator allocator) {
        return new LguestVqconfig(allocator.allocate(SIZE, ALIGN));
    }

    /**
     * Views the record at the start of {@code segment}.
     *
     * @param segment the memory
     * @return the view
     * @throws IndexOutOfBoundsException if the record does not fit
     * @throws IllegalArgumentException if native memory is not aligned to {@link #ALIGN}
     */
    public static LguestVqconfig at(MemorySegment segment) {
        return at(segment, 0);
    }

    /**
     * Views the record at {@code offset} in {@code segment}.
     *
     * @param segment the memory
     * @param offset the byte offset of the record
     * @return the view
     * @throws IndexOutOfBoundsException if the record does not fit
     * @throws IllegalArgumentException if native memory is not aligned to {@link #ALIGN}
     */
    public static LguestVqconfig at(MemorySegment segment, long offset) {
        Checks.view(segment, offset, SIZE, ALIGN, "struct lguest_vqconfig");
        return slice(segment, offset);
    }

    /**
     * Views the record at {@code offset} in {@code segment} at any address, for records packed without
     * alignment; the accessors read and write unaligned.
     *
     * @param segment the memory
     * @param offset the byte offset of the record
     * @return the view
     * @throws IndexOutOfBoundsException if the record does not fit
     */
    public static LguestVqconfig atUnaligned(MemorySegment segment, long offset) {
        Checks.view(segment, offset, SIZE, 1, "struct lguest_vqconfig");
        return slice(segment, offset);
    }

    static LguestVqconfig slice(MemorySegment segment, long offset) {
        return new LguestVqconfig(segment.asSlice(offset, SIZE));
    }

    /**
     * {@return the memory of this record}
     */
    public MemorySegment segment() {
        return segment;
    }

    /**
     * Reads <code>num</code> from the record at the start of {@code segment}.
     *
     * The number of entries in the virtio_ring
     *
     * <p>C member <code>num</code> of type <code>__u16</code> (<code>unsigned short</code>), at byte offset 0.
     *
     * @param segment the memory of the record
     * @return the value
     * @throws IndexOutOfBoundsException if the record does not fit in {@code segment}
     */
    public static int num(MemorySegment segment) {
        return Short.toUnsignedInt((short) NUM_HANDLE.get(segment, 0L));
    }

    /**
     * Writes <code>num</code> in the record at the start of {@code segment}.
     *
     * The number of entries in the virtio_ring
     *
     * <p>C member <code>num</code> of type <code>__u16</code> (<code>unsigned short</code>), at byte offset 0.
     *
     * @param segment the memory of the record
     * @param value the new value
     * @throws IllegalArgumentException if {@code value} is outside [0, 65535]
     * @throws IndexOutOfBoundsException if the record does not fit in {@code segment}
     */
    public static void num(MemorySegment segment, int value) {
        if (value < 0 || value > 65535L) {
            throw Checks.outOfRange(value, 0L, 65535L, "lguest_vqconfig.num");
        }
        NUM_HANDLE.set(segment, 0L, (short) value);
    }

    /**
     * Reads <code>num</code>.
     *
     * The number of entries in the virtio_ring
     *
     * <p>C member <code>num</code> of type <code>__u16</code> (<code>unsigned short</code>), at byte offset 0.
     *
     * @return the value
     */
    public int num() {
        return num(segment);
    }

    /**
     * Writes <code>num</code>.
     *
     * The number of entries in the virtio_ring
     *
     * <p>C member <code>num</code> of type <code>__u16</code> (<code>unsigned short</code>), at byte offset 0.
     *
     * @param value the new value
     * @return this view
     * @throws IllegalArgumentException if {@code value} is outside [0, 65535]
     */
    public LguestVqconfig num(int value) {
        num(segment, value);
        return this;
    }

    /**
     * Reads <code>irq</code> from the record at the start of {@code segment}.
     *
     * The interrupt we get when something happens.
     *
     * <p>C member <code>irq</code> of type <code>__u16</code> (<code>unsigned short</code>), at byte offset 2.
     *
     * @param segment the memory of the record
     * @return the value
     * @throws IndexOutOfBoundsException if the record does not fit in {@code segment}
     */
    public static int irq(MemorySegment segment) {
        return Short.toUnsignedInt((short) IRQ_HANDLE.get(segment, 0L));
    }

    /**
     * Writes <code>irq</code> in the record at the start of {@code segment}.
     *
     * The interrupt we get when something happens.
     *
     * <p>C member <code>irq</code> of type <code>__u16</code> (<code>unsigned short</code>), at byte offset 2.
     *
     * @param segment the memory of the record
     * @param value the new value
     * @throws IllegalArgumentException if {@code value} is outside [0, 65535]
     * @throws IndexOutOfBoundsException if the record does not fit in {@code segment}
     */
    public static void irq(MemorySegment segment, int value) {
        if (value < 0 || value > 65535L) {
            throw Checks.outOfRange(value, 0L, 65535L, "lguest_vqconfig.irq");
        }
        IRQ_HANDLE.set(segment, 0L, (short) value);
    }

    /**
     * Reads <code>irq</code>.
     *
     * The interrupt we get when something happens.
     *
     * <p>C member <code>irq</code> of type <code>__u16</code> (<code>unsigned short</code>), at byte offset 2.
     *
     * @return the value
     */
    public int irq() {
        return irq(segment);
    }

    /**
     * Writes <code>irq</code>.
     *
     * The interrupt we get when something happens.
     *
     * <p>C member <code>irq</code> of type <code>__u16</code> (<code>unsigned short</code>), at byte offset 2.
     *
     * @param value the new value
     * @return this view
     * @throws IllegalArgumentException if {@code value} is outside [0, 65535]
     */
    public LguestVqconfig irq(int value) {
        irq(segment, value);
        return this;
    }

    /**
     * Reads <code>pfn</code> from the record at the start of {@code segment}.
     *
     * The page number of the virtio ring for this device.
     *
     * <p>C member <code>pfn</code> of type <code>__u32</code> (<code>unsigned int</code>), at byte offset 4.
     *
     * @param segment the memory of the record
     * @return the value
     * @throws IndexOutOfBoundsException if the record does not fit in {@code segment}
     */
    public static long pfn(MemorySegment segment) {
        return Integer.toUnsignedLong((int) PFN_HANDLE.get(segment, 0L));
    }

    /**
     * Writes <code>pfn</code> in the record at the start of {@code segment}.
     *
     * The page number of the virtio ring for this device.
     *
     * <p>C member <code>pfn</code> of type <code>__u32</code> (<code>unsigned int</code>), at byte offset 4.
     *
     * @param segment the memory of the record
     * @param value the new value
     * @throws IllegalArgumentException if {@code value} is outside [0, 4294967295]
     * @throws IndexOutOfBoundsException if the record does not fit in {@code segment}
     */
    public static void pfn(MemorySegment segment, long value) {
        if (value < 0 || value > 4294967295L) {
            throw Checks.outOfRange(value, 0L, 4294967295L, "lguest_vqconfig.pfn");
        }
        PFN_HANDLE.set(segment, 0L, (int) value);
    }

    /**
     * Reads <code>pfn</code>.
     *
     * The page number of the virtio ring for this device.
     *
     * <p>C member <code>pfn</code> of type <code>__u32</code> (<code>unsigned int</code>), at byte offset 4.
     *
     * @return the value
     */
    public long pfn() {
        return pfn(segment);
    }

    /**
     * Writes <code>pfn</code>.
     *
     * The page number of the virtio ring for this device.
     *
     * <p>C member <code>pfn</code> of type <code>__u32</code> (<code>unsigned int</code>), at byte offset 4.
     *
     * @param value the new value
     * @return this view
     * @throws IllegalArgumentException if {@code value} is outside [0, 4294967295]
     */
    public LguestVqconfig pfn(long value) {
        pfn(segment, value);
        return this;
    }

    /**
     * {@return the member values, for debugging}
     */
    @Override
    public String toString() {
        return "LguestVqconfig["
                        + "num=" + num()
                        + ", irq=" + irq()
                        + ", pfn=" + pfn()
                        + "]";
    }
}
