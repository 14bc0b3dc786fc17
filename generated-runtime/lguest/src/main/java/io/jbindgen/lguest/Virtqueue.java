package io.jbindgen.lguest;

import io.jbindgen.lguest.vring.VirtioRing;
import io.jbindgen.lguest.vring.VringAvail;
import io.jbindgen.lguest.vring.VringDesc;
import io.jbindgen.lguest.vring.VringUsed;
import io.jbindgen.lguest.vring.VringUsedElem;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The host (device) side of a split vring in guest memory: takes the buffer chains the guest made
 * available and returns them used. Everything the guest wrote is checked before use: the available
 * index may not run more than {@code num} ahead, descriptor indexes must be below {@code num}, a chain
 * may not loop, and every buffer must lie inside guest memory; a violation is a
 * {@link VirtqueueException} naming the queue and the value. Not thread-safe: one servicing thread per
 * queue.
 */
public final class Virtqueue {
    private static final ValueLayout.OfShort U16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private final GuestMemory memory;
    private final String name;
    private final VringLayout layout;
    private final MemorySegment ring;
    private int lastAvail;
    private int used;

    /**
     * Creates the host side of a ring.
     *
     * @param memory guest memory
     * @param ringAddress the ring's guest-physical address (its {@code pfn} times 4096)
     * @param num the number of entries
     * @param name the queue's name, for messages
     */
    public Virtqueue(GuestMemory memory, long ringAddress, int num, String name) {
        this.memory = memory;
        this.name = name;
        this.layout = new VringLayout(num);
        this.ring = memory.at(ringAddress, layout.size());
    }

    /** A buffer of a chain: guest memory the device reads ({@code writable} false) or writes. */
    public record Buffer(MemorySegment memory, boolean writable) {
    }

    /** A chain of buffers the guest made available, headed by descriptor {@code head}. */
    public record Chain(int head, List<Buffer> buffers) {
        /** {@return the bytes of the device-readable buffers, concatenated} */
        public byte[] readable() {
            int total = 0;
            for (Buffer b : buffers) {
                total += b.writable() ? 0 : (int) b.memory().byteSize();
            }
            byte[] out = new byte[total];
            int at = 0;
            for (Buffer b : buffers) {
                if (!b.writable()) {
                    MemorySegment.copy(b.memory(), ValueLayout.JAVA_BYTE, 0, out, at, (int) b.memory().byteSize());
                    at += (int) b.memory().byteSize();
                }
            }
            return out;
        }
    }

    /**
     * Takes the next chain the guest made available.
     *
     * @return the chain, or empty when the guest has made nothing new available
     * @throws VirtqueueException when the guest wrote an index, length or address out of range
     */
    public Optional<Chain> next() {
        int avail = VringAvail.idx(ring.asSlice(layout.availOffset()));
        VarHandle.acquireFence();
        int pending = (avail - lastAvail) & 0xFFFF;
        if (pending == 0) {
            return Optional.empty();
        }
        if (pending > layout.num()) {
            throw new VirtqueueException(name + ": the guest moved avail->idx from " + lastAvail + " to " + avail
                    + ", " + pending + " entries ahead of a ring of " + layout.num());
        }
        int head = Short.toUnsignedInt(ring.get(U16, layout.availEntry(lastAvail % layout.num())));
        lastAvail = (lastAvail + 1) & 0xFFFF;
        return Optional.of(new Chain(head, walk(head)));
    }

    private List<Buffer> walk(int head) {
        List<Buffer> buffers = new ArrayList<>();
        int i = head;
        while (true) {
            if (i >= layout.num()) {
                throw new VirtqueueException(name + ": descriptor index " + i + " is outside [0, " + layout.num() + ")");
            }
            if (buffers.size() == layout.num()) {
                throw new VirtqueueException(name + ": the descriptor chain from " + head + " loops");
            }
            MemorySegment desc = ring.asSlice(i * VringDesc.SIZE, VringDesc.SIZE);
            long addr = VringDesc.addr(desc);
            long len = VringDesc.len(desc);
            int flags = VringDesc.flags(desc);
            if ((flags & VirtioRing.VRING_DESC_F_INDIRECT) != 0) {
                throw new VirtqueueException(name + ": descriptor " + i + " is indirect, which this device does not"
                        + " offer");
            }
            if (addr < 0 || len > memory.size() || addr > memory.size() - len) {
                throw new VirtqueueException(name + ": descriptor " + i + " points at [0x" + Long.toHexString(addr)
                        + ", +" + len + "), outside guest memory [0, 0x" + Long.toHexString(memory.size()) + ")");
            }
            buffers.add(new Buffer(memory.at(addr, len), (flags & VirtioRing.VRING_DESC_F_WRITE) != 0));
            if ((flags & VirtioRing.VRING_DESC_F_NEXT) == 0) {
                return buffers;
            }
            i = VringDesc.next(desc);
        }
    }

    /**
     * Returns a chain to the guest as used.
     *
     * @param chain the chain
     * @param written how many bytes the device wrote into its writable buffers
     */
    public void pushUsed(Chain chain, long written) {
        MemorySegment elem = ring.asSlice(layout.usedEntry(used % layout.num()), VringUsedElem.SIZE);
        VringUsedElem.id(elem, chain.head());
        VringUsedElem.len(elem, written);
        used = (used + 1) & 0xFFFF;
        VarHandle.releaseFence();
        VringUsed.idx(ring.asSlice(layout.usedOffset()), used);
    }

    /** {@return the queue's name} */
    public String name() {
        return name;
    }
}
