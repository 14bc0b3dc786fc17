package io.jbindgen.lguest.guest;

import io.jbindgen.lguest.VringLayout;
import io.jbindgen.lguest.vring.VirtioRing;
import io.jbindgen.lguest.vring.VringAvail;
import io.jbindgen.lguest.vring.VringDesc;
import io.jbindgen.lguest.vring.VringUsed;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The driver (guest) side of a split vring, for Java guest programs: places single-descriptor buffers in
 * the ring and publishes them through the available index, as a guest's virtio_ring driver does.
 */
public final class GuestRing {
    private static final ValueLayout.OfShort U16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private final VringLayout layout;
    private final MemorySegment ring;
    private int nextDescriptor;
    private int availIdx;

    /**
     * Drives the ring at {@code ringAddress} in guest-physical memory.
     *
     * @param memory guest-physical memory (address {@code a} at offset {@code a})
     * @param ringAddress the ring's guest-physical address
     * @param num the number of entries
     */
    public GuestRing(MemorySegment memory, long ringAddress, int num) {
        this.layout = new VringLayout(num);
        this.ring = memory.asSlice(ringAddress, layout.size());
    }

    /**
     * Makes one buffer available.
     *
     * @param address the buffer's guest-physical address
     * @param length its length
     * @param deviceWrites whether the device writes it (receive) rather than reads it (transmit)
     * @return the descriptor index used
     * @throws IllegalStateException when every descriptor is in use
     */
    public int add(long address, long length, boolean deviceWrites) {
        if (nextDescriptor == layout.num()) {
            throw new IllegalStateException("all " + layout.num() + " descriptors are in use");
        }
        int head = nextDescriptor++;
        MemorySegment desc = ring.asSlice(head * VringDesc.SIZE, VringDesc.SIZE);
        VringDesc.addr(desc, address);
        VringDesc.len(desc, length);
        VringDesc.flags(desc, deviceWrites ? VirtioRing.VRING_DESC_F_WRITE : 0);
        VringDesc.next(desc, 0);
        ring.set(U16, layout.availEntry(availIdx % layout.num()), (short) head);
        availIdx = (availIdx + 1) & 0xFFFF;
        VarHandle.releaseFence();
        VringAvail.idx(ring.asSlice(layout.availOffset()), availIdx);
        return head;
    }

    /** {@return the used index the device last published} */
    public int usedIndex() {
        int idx = VringUsed.idx(ring.asSlice(layout.usedOffset()));
        VarHandle.acquireFence();
        return idx;
    }

    /**
     * Writes a raw available index, bypassing the driver logic: lets tests play a misbehaving guest.
     *
     * @param value the index the guest publishes
     */
    public void publishAvailIndex(int value) {
        VringAvail.idx(ring.asSlice(layout.availOffset()), value);
    }
}
