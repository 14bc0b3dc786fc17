package io.jbindgen.golden.lguest.x86_64;

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
 * Drivers
 *
 * The Guest needs devices to do anything useful.  Since we don't let it touch
 * real devices (think of the damage it could do!) we provide virtual devices.
 * We could emulate a PCI bus with various devices on it, but that is a fairly
 * complex burden for the Host and suboptimal for the Guest, so we have our own
 * simple lguest bus and we use "virtio" drivers.  These drivers need a set of
 * routines from us which will actually do the virtual I/O, but they handle all
 * the net/block/console stuff themselves.  This means that if we want to add
 * a new device, we simply need to write a new virtio driver and create support
 * for it in the Launcher: this code won't need to change.
 *
 * Virtio devices are also used by kvm, so we can simply reuse their optimized
 * device drivers.  And one day when everyone uses virtio, my plan will be
 * complete.  Bwahahahah!
 *
 * Devices are described by a simplified ID, a status byte, and some "config"
 * bytes which describe this device's configuration.  This is placed by the
 * Launcher just above the top of physical memory:
 *
 * <p>View of the C <code>struct lguest_device_desc</code> on x86_64: 5 bytes, aligned to 1.
 */
@Generated("io.jbindgen")
public final class LguestDeviceDesc {
    /**
     * The layout of the record on x86_64, with C member names and explicit padding.
     */
    public static final GroupLayout LAYOUT = MemoryLayout.structLayout(
            ValueLayout.JAVA_BYTE.withOrder(ByteOrder.LITTLE_ENDIAN).withName("type"),
            ValueLayout.JAVA_BYTE.withOrder(ByteOrder.LITTLE_ENDIAN).withName("num_vq"),
            ValueLayout.JAVA_BYTE.withOrder(ByteOrder.LITTLE_ENDIAN).withName("feature_len"),
            ValueLayout.JAVA_BYTE.withOrder(ByteOrder.LITTLE_ENDIAN).withName("config_len"),
            ValueLayout.JAVA_BYTE.withOrder(ByteOrder.LITTLE_ENDIAN).withName("status"),
            MemoryLayout.sequenceLayout(0, ValueLayout.JAVA_BYTE.withOrder(ByteOrder.LITTLE_ENDIAN)).withName("config")).withByteAlignment(1).withName("lguest_device_desc");

    /**
     * The size of the record in bytes ({@code sizeof}).
     */
    public static final long SIZE = 5L;

    /**
     * The alignment of the record in bytes.
     */
    public static final long ALIGN = 1L;

    /**
     * The byte offset of <code>type</code>.
     */
    public static final long TYPE_OFFSET = 0L;

    /**
     * The byte offset of <code>num_vq</code>.
     */
    public static final long NUM_VQ_OFFSET = 1L;

    /**
     * The byte offset of <code>feature_len</code>.
     */
    public static final long FEATURE_LEN_OFFSET = 2L;

    /**
     * The byte offset of <code>config_len</code>.
     */
    public static final long CONFIG_LEN_OFFSET = 3L;

    /**
     * The byte offset of <code>status</code>.
     */
    public static final long STATUS_OFFSET = 4L;

    /**
     * The byte offset of <code>config</code>.
     */
    public static final long CONFIG_OFFSET = 5L;

    private static final ValueLayout.OfByte ACCESS_BYTE = ValueLayout.JAVA_BYTE;

    private static final VarHandle CONFIG_LEN_HANDLE = LayoutSupport.memberHandle(ACCESS_BYTE, CONFIG_LEN_OFFSET, SIZE);

    private static final VarHandle FEATURE_LEN_HANDLE = LayoutSupport.memberHandle(ACCESS_BYTE, FEATURE_LEN_OFFSET, SIZE);

    private static final VarHandle NUM_VQ_HANDLE = LayoutSupport.memberHandle(ACCESS_BYTE, NUM_VQ_OFFSET, SIZE);

    private static final VarHandle STATUS_HANDLE = LayoutSupport.memberHandle(ACCESS_BYTE, STATUS_OFFSET, SIZE);

    private static final VarHandle TYPE_HANDLE = LayoutSupport.memberHandle(ACCESS_BYTE, TYPE_OFFSET, SIZE);

    private final MemorySegment segment;

    private LguestDeviceDesc(MemorySegment segment) {
        this.segment = segment;
    }

    /**
     * Allocates a record with {@code allocator} (an arena gives zeroed memory).
     *
     * @param allocator where the memory comes from
     * @return a view of the new record
     */
    public static LguestDeviceDesc allocate(SegmentAllocator allocator) {
        return new LguestDeviceDesc(allocator.allocate(SIZE, ALIGN));
    }

    /**
     * Views the record at the start of {@code segment}.
     *
     * @param segment the memory
     * @return the view
     * @throws IndexOutOfBoundsException if the record does not fit
     * @throws IllegalArgumentException if native memory is not aligned to {@link #ALIGN}
     */
    public static LguestDeviceDesc at(MemorySegment segment) {
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
    public static LguestDeviceDesc at(MemorySegment segment, long offset) {
        Checks.view(segment, offset, SIZE, ALIGN, "struct lguest_device_desc");
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
    public static LguestDeviceDesc atUnaligned(MemorySegment segment, long offset) {
        Checks.view(segment, offset, SIZE, 1, "struct lguest_device_desc");
        return slice(segment, offset);
    }

    static LguestDeviceDesc slice(MemorySegment segment, long offset) {
        return new LguestDeviceDesc(segment.asSlice(offset));
    }

    /**
     * {@return the memory of this record, trailing array included}
     */
    public MemorySegment segment() {
        return segment;
    }

    /**
     * {@return the bytes a record with {@code count} elements in <code>config</code> needs (at least {@link #SIZE})}
     *
     * @param count the number of elements
     * @throws IllegalArgumentException if {@code count} is negative or too big
     */
    public static long sizeWith(long count) {
        Checks.range(count, 0, 4611686018427387903L, "lguest_device_desc.config");
        return Math.max(SIZE, CONFIG_OFFSET + count * 1L);
    }

    /**
     * Allocates a record followed by room for {@code count} elements of <code>config</code>.
     *
     * @param allocator where the memory comes from
     * @param count the number of elements
     * @return a view of the new record
     */
    public static LguestDeviceDesc allocate(SegmentAllocator allocator, long count) {
        return new LguestDeviceDesc(allocator.allocate(sizeWith(count), ALIGN));
    }

    /**
     * Reads <code>type</code> from the record at the start of {@code segment}.
     *
     * The device type: console, network, disk etc.  Type 0 terminates.
     *
     * <p>C member <code>type</code> of type <code>__u8</code> (<code>unsigned char</code>), at byte offset 0.
     *
     * @param segment the memory of the record
     * @return the value
     * @throws IndexOutOfBoundsException if the record does not fit in {@code segment}
     */
    public static int type(MemorySegment segment) {
        return Byte.toUnsignedInt((byte) TYPE_HANDLE.get(segment, 0L));
    }

    /**
     * Writes <code>type</code> in the record at the start of {@code segment}.
     *
     * The device type: console, network, disk etc.  Type 0 terminates.
     *
     * <p>C member <code>type</code> of type <code>__u8</code> (<code>unsigned char</code>), at byte offset 0.
     *
     * @param segment the memory of the record
     * @param value the new value
     * @throws IllegalArgumentException if {@code value} is outside [0, 255]
     * @throws IndexOutOfBoundsException if the record does not fit in {@code segment}
     */
    public static void type(MemorySegment segment, int value) {
        if (value < 0 || value > 255L) {
            throw Checks.outOfRange(value, 0L, 255L, "lguest_device_desc.type");
        }
        TYPE_HANDLE.set(segment, 0L, (byte) value);
    }

    /**
     * Reads <code>type</code>.
     *
     * The device type: console, network, disk etc.  Type 0 terminates.
     *
     * <p>C member <code>type</code> of type <code>__u8</code> (<code>unsigned char</code>), at byte offset 0.
     *
     * @return the value
     */
    public int type() {
        return type(segment);
    }

    /**
     * Writes <code>type</code>.
     *
     * The device type: console, network, disk etc.  Type 0 terminates.
     *
     * <p>C member <code>type</code> of type <code>__u8</code> (<code>unsigned char</code>), at byte offset 0.
     *
     * @param value the new value
     * @return this view
     * @throws IllegalArgumentException if {@code value} is outside [0, 255]
     */
    public LguestDeviceDesc type(int value) {
        type(segment, value);
        return this;
    }

    /**
     * Reads <code>num_vq</code> from the record at the start of {@code segment}.
     *
     * The number of virtqueues (first in config array)
     *
     * <p>C member <code>num_vq</code> of type <code>__u8</code> (<code>unsigned char</code>), at byte offset 1.
     *
     * @param segment the memory of the record
     * @return the value
     * @throws IndexOutOfBoundsException if the record does not fit in {@code segment}
     */
    public static int numVq(MemorySegment segment) {
        return Byte.toUnsignedInt((byte) NUM_VQ_HANDLE.get(segment, 0L));
    }

    /**
     * Writes <code>num_vq</code> in the record at the start of {@code segment}.
     *
     * The number of virtqueues (first in config array)
     *
     * <p>C member <code>num_vq</code> of type <code>__u8</code> (<code>unsigned char</code>), at byte offset 1.
     *
     * @param segment the memory of the record
     * @param value the new value
     * @throws IllegalArgumentException if {@code value} is outside [0, 255]
     * @throws IndexOutOfBoundsException if the record does not fit in {@code segment}
     */
    public static void numVq(MemorySegment segment, int value) {
        if (value < 0 || value > 255L) {
            throw Checks.outOfRange(value, 0L, 255L, "lguest_device_desc.num_vq");
        }
        NUM_VQ_HANDLE.set(segment, 0L, (byte) value);
    }

    /**
     * Reads <code>num_vq</code>.
     *
     * The number of virtqueues (first in config array)
     *
     * <p>C member <code>num_vq</code> of type <code>__u8</code> (<code>unsigned char</code>), at byte offset 1.
     *
     * @return the value
     */
    public int numVq() {
        return numVq(segment);
    }

    /**
     * Writes <code>num_vq</code>.
     *
     * The number of virtqueues (first in config array)
     *
     * <p>C member <code>num_vq</code> of type <code>__u8</code> (<code>unsigned char</code>), at byte offset 1.
     *
     * @param value the new value
     * @return this view
     * @throws IllegalArgumentException if {@code value} is outside [0, 255]
     */
    public LguestDeviceDesc numVq(int value) {
        numVq(segment, value);
        return this;
    }

    /**
     * Reads <code>feature_len</code> from the record at the start of {@code segment}.
     *
     * The number of bytes of feature bits.  Multiply by 2: one for host
     * features and one for Guest acknowledgements.
     *
     * <p>C member <code>feature_len</code> of type <code>__u8</code> (<code>unsigned char</code>), at byte offset 2.
     *
     * @param segment the memory of the record
     * @return the value
     * @throws IndexOutOfBoundsException if the record does not fit in {@code segment}
     */
    public static int featureLen(MemorySegment segment) {
        return Byte.toUnsignedInt((byte) FEATURE_LEN_HANDLE.get(segment, 0L));
    }

    /**
     * Writes <code>feature_len</code> in the record at the start of {@code segment}.
     *
     * The number of bytes of feature bits.  Multiply by 2: one for host
     * features and one for Guest acknowledgements.
     *
     * <p>C member <code>feature_len</code> of type <code>__u8</code> (<code>unsigned char</code>), at byte offset 2.
     *
     * @param segment the memory of the record
     * @param value the new value
     * @throws IllegalArgumentException if {@code value} is outside [0, 255]
     * @throws IndexOutOfBoundsException if the record does not fit in {@code segment}
     */
    public static void featureLen(MemorySegment segment, int value) {
        if (value < 0 || value > 255L) {
            throw Checks.outOfRange(value, 0L, 255L, "lguest_device_desc.feature_len");
        }
        FEATURE_LEN_HANDLE.set(segment, 0L, (byte) value);
    }

    /**
     * Reads <code>feature_len</code>.
     *
     * The number of bytes of feature bits.  Multiply by 2: one for host
     * features and one for Guest acknowledgements.
     *
     * <p>C member <code>feature_len</code> of type <code>__u8</code> (<code>unsigned char</code>), at byte offset 2.
     *
     * @return the value
     */
    public int featureLen() {
        return featureLen(segment);
    }

    /**
     * Writes <code>feature_len</code>.
     *
     * The number of bytes of feature bits.  Multiply by 2: one for host
     * features and one for Guest acknowledgements.
     *
     * <p>C member <code>feature_len</code> of type <code>__u8</code> (<code>unsigned char</code>), at byte offset 2.
     *
     * @param value the new value
     * @return this view
     * @throws IllegalArgumentException if {@code value} is outside [0, 255]
     */
    public LguestDeviceDesc featureLen(int value) {
        featureLen(segment, value);
        return this;
    }

    /**
     * Reads <code>config_len</code> from the record at the start of {@code segment}.
     *
     * The number of bytes of the config array after virtqueues.
     *
     * <p>C member <code>config_len</code> of type <code>__u8</code> (<code>unsigned char</code>), at byte offset 3.
     *
     * @param segment the memory of the record
     * @return the value
     * @throws IndexOutOfBoundsException if the record does not fit in {@code segment}
     */
    public static int configLen(MemorySegment segment) {
        return Byte.toUnsignedInt((byte) CONFIG_LEN_HANDLE.get(segment, 0L));
    }

    /**
     * Writes <code>config_len</code> in the record at the start of {@code segment}.
     *
     * The number of bytes of the config array after virtqueues.
     *
     * <p>C member <code>config_len</code> of type <code>__u8</code> (<code>unsigned char</code>), at byte offset 3.
     *
     * @param segment the memory of the record
     * @param value the new value
     * @throws IllegalArgumentException if {@code value} is outside [0, 255]
     * @throws IndexOutOfBoundsException if the record does not fit in {@code segment}
     */
    public static void configLen(MemorySegment segment, int value) {
        if (value < 0 || value > 255L) {
            throw Checks.outOfRange(value, 0L, 255L, "lguest_device_desc.config_len");
        }
        CONFIG_LEN_HANDLE.set(segment, 0L, (byte) value);
    }

    /**
     * Reads <code>config_len</code>.
     *
     * The number of bytes of the config array after virtqueues.
     *
     * <p>C member <code>config_len</code> of type <code>__u8</code> (<code>unsigned char</code>), at byte offset 3.
     *
     * @return the value
     */
    public int configLen() {
        return configLen(segment);
    }

    /**
     * Writes <code>config_len</code>.
     *
     * The number of bytes of the config array after virtqueues.
     *
     * <p>C member <code>config_len</code> of type <code>__u8</code> (<code>unsigned char</code>), at byte offset 3.
     *
     * @param value the new value
     * @return this view
     * @throws IllegalArgumentException if {@code value} is outside [0, 255]
     */
    public LguestDeviceDesc configLen(int value) {
        configLen(segment, value);
        return this;
    }

    /**
     * Reads <code>status</code> from the record at the start of {@code segment}.
     *
     * A status byte, written by the Guest.
     *
     * <p>C member <code>status</code> of type <code>__u8</code> (<code>unsigned char</code>), at byte offset 4.
     *
     * @param segment the memory of the record
     * @return the value
     * @throws IndexOutOfBoundsException if the record does not fit in {@code segment}
     */
    public static int status(MemorySegment segment) {
        return Byte.toUnsignedInt((byte) STATUS_HANDLE.get(segment, 0L));
    }

    /**
     * Writes <code>status</code> in the record at the start of {@code segment}.
     *
     * A status byte, written by the Guest.
     *
     * <p>C member <code>status</code> of type <code>__u8</code> (<code>unsigned char</code>), at byte offset 4.
     *
     * @param segment the memory of the record
     * @param value the new value
     * @throws IllegalArgumentException if {@code value} is outside [0, 255]
     * @throws IndexOutOfBoundsException if the record does not fit in {@code segment}
     */
    public static void status(MemorySegment segment, int value) {
        if (value < 0 || value > 255L) {
            throw Checks.outOfRange(value, 0L, 255L, "lguest_device_desc.status");
        }
        STATUS_HANDLE.set(segment, 0L, (byte) value);
    }

    /**
     * Reads <code>status</code>.
     *
     * A status byte, written by the Guest.
     *
     * <p>C member <code>status</code> of type <code>__u8</code> (<code>unsigned char</code>), at byte offset 4.
     *
     * @return the value
     */
    public int status() {
        return status(segment);
    }

    /**
     * Writes <code>status</code>.
     *
     * A status byte, written by the Guest.
     *
     * <p>C member <code>status</code> of type <code>__u8</code> (<code>unsigned char</code>), at byte offset 4.
     *
     * @param value the new value
     * @return this view
     * @throws IllegalArgumentException if {@code value} is outside [0, 255]
     */
    public LguestDeviceDesc status(int value) {
        status(segment, value);
        return this;
    }

    private long configAvailable() {
        return Math.max(0, segment.byteSize() - CONFIG_OFFSET) / 1L;
    }

    /**
     * Returns the first {@code count} elements of the trailing array <code>config</code>.
     *
     * <p>C member <code>config</code> of type <code>__u8[0]</code>, at byte offset 5.
     *
     * @param count the number of elements (the header says where it is stored)
     * @return a slice of this record's segment
     * @throws IndexOutOfBoundsException if {@code count} is negative or more elements than the segment holds
     */
    public MemorySegment configSegment(long count) {
        Checks.count(count, configAvailable(), "lguest_device_desc.config");
        return segment.asSlice(CONFIG_OFFSET, count * 1L);
    }

    /**
     * Reads element {@code index} of <code>config</code>.
     *
     * <p>C member <code>config</code> of type <code>__u8[0]</code>, at byte offset 5.
     *
     * @param index the element index
     * @return the value
     * @throws IndexOutOfBoundsException if {@code index} is outside the array
     */
    public int config(long index) {
        if (index < 0 || index >= configAvailable()) {
            throw Checks.outOfBounds(index, configAvailable(), "lguest_device_desc.config");
        }
        return Byte.toUnsignedInt(segment.get(ACCESS_BYTE, CONFIG_OFFSET + index * 1L));
    }

    /**
     * Writes element {@code index} of <code>config</code>.
     *
     * <p>C member <code>config</code> of type <code>__u8[0]</code>, at byte offset 5.
     *
     * @param index the element index
     * @param value the new value
     * @return this view
     * @throws IndexOutOfBoundsException if {@code index} is outside the array
     * @throws IllegalArgumentException if {@code value} is outside [0, 255]
     */
    public LguestDeviceDesc config(long index, int value) {
        if (index < 0 || index >= configAvailable()) {
            throw Checks.outOfBounds(index, configAvailable(), "lguest_device_desc.config");
        }
        if (value < 0 || value > 255L) {
            throw Checks.outOfRange(value, 0L, 255L, "lguest_device_desc.config");
        }
        segment.set(ACCESS_BYTE, CONFIG_OFFSET + index * 1L, (byte) value);
        return this;
    }

    /**
     * {@return the member values, for debugging}
     */
    @Override
    public String toString() {
        return "LguestDeviceDesc["
                        + "type=" + type()
                        + ", numVq=" + numVq()
                        + ", featureLen=" + featureLen()
                        + ", configLen=" + configLen()
                        + ", status=" + status()
                        + "]";
    }
}
