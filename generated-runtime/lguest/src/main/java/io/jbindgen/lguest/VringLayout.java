package io.jbindgen.lguest;

import io.jbindgen.lguest.abi.LguestLauncher;
import io.jbindgen.lguest.vring.VringAvail;
import io.jbindgen.lguest.vring.VringDesc;
import io.jbindgen.lguest.vring.VringUsed;
import io.jbindgen.lguest.vring.VringUsedElem;

/**
 * Where the parts of a split vring of {@code num} entries lie, as {@code vring_init(vr, num, p,
 * LGUEST_VRING_ALIGN)} places them: the descriptor table at 0, the available ring right after it, the
 * used ring at the next multiple of {@code LGUEST_VRING_ALIGN}. Sizes come from the generated bindings of
 * {@code linux/virtio_ring.h}.
 *
 * @param num the number of entries, a power of two from 1 to 32768
 */
public record VringLayout(int num) {
    /** {@code LGUEST_VRING_ALIGN}. */
    public static final long ALIGN = LguestLauncher.LGUEST_VRING_ALIGN;

    /**
     * Checks the entry count.
     *
     * @throws IllegalArgumentException when {@code num} is not a power of two in [1, 32768]
     */
    public VringLayout {
        if (num < 1 || num > 32768 || Integer.bitCount(num) != 1) {
            throw new IllegalArgumentException("a split vring has a power-of-two number of entries in [1, 32768], got "
                    + num);
        }
    }

    /** {@return the byte offset of the available ring} */
    public long availOffset() {
        return num * VringDesc.SIZE;
    }

    /** {@return the byte offset of entry {@code i} of the available ring} @param i the entry */
    public long availEntry(long i) {
        return availOffset() + VringAvail.RING_OFFSET + i * 2;
    }

    /** {@return the byte offset of the used ring} */
    public long usedOffset() {
        long availEnd = availOffset() + VringAvail.RING_OFFSET + 2L * num + 2;
        return (availEnd + ALIGN - 1) / ALIGN * ALIGN;
    }

    /** {@return the byte offset of element {@code i} of the used ring} @param i the element */
    public long usedEntry(long i) {
        return usedOffset() + VringUsed.RING_OFFSET + i * VringUsedElem.SIZE;
    }

    /** {@return {@code vring_size(num, LGUEST_VRING_ALIGN)}: the bytes of the whole ring} */
    public long size() {
        return usedOffset() + VringUsed.RING_OFFSET + num * VringUsedElem.SIZE + 2;
    }

    /** {@return the guest pages the ring needs} */
    public long pages() {
        return (size() + GuestMemory.PAGE - 1) / GuestMemory.PAGE;
    }
}
