package io.jbindgen.lguest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jbindgen.lguest.guest.GuestRing;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The host side of a split vring against buffers a guest placed, and against every index and length a
 * misbehaving guest can write. Offsets in guest memory are the virtio spec's (descriptors 16 bytes from
 * 0, avail ring after them, used ring at the next 4096).
 */
class VirtqueueTest {
    private static final ValueLayout.OfShort U16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final long RING = 0x10000;
    private GuestMemory memory;
    private MemorySegment mem;
    private GuestRing guest;
    private Virtqueue host;

    @BeforeEach
    void setUp() throws Exception {
        memory = GuestMemory.map(1 << 20, 8, TargetWord.I386);
        mem = memory.segment();
        guest = new GuestRing(mem, RING, 8);
        host = new Virtqueue(memory, RING, 8, "tx");
    }

    @AfterEach
    void tearDown() {
        memory.close();
    }

    @Test
    void buffersTheGuestAddsComeOutAndGoBackUsed() {
        mem.setString(0x2000, "hello", StandardCharsets.US_ASCII);
        assertThat(host.next()).isEmpty();
        int head = guest.add(0x2000, 5, false);
        var chain = host.next().orElseThrow();
        assertThat(chain.head()).isEqualTo(head);
        assertThat(new String(chain.readable(), StandardCharsets.US_ASCII)).isEqualTo("hello");
        assertThat(host.next()).isEmpty();
        host.pushUsed(chain, 3);
        assertThat(guest.usedIndex()).isEqualTo(1);
        // used ring at 4096 (8 descriptors: 128 bytes, avail 4 + 16 + 2): flags, idx, then {id, len}
        assertThat(mem.get(U16, RING + 4096 + 2)).isEqualTo((short) 1);
        assertThat(mem.get(ValueLayout.JAVA_INT, RING + 4096 + 4)).isEqualTo(head);
        assertThat(mem.get(ValueLayout.JAVA_INT, RING + 4096 + 8)).isEqualTo(3);
        // the descriptor the guest wrote, as the spec lays it out
        assertThat(mem.get(ValueLayout.JAVA_LONG, RING)).isEqualTo(0x2000);
        assertThat(mem.get(ValueLayout.JAVA_INT, RING + 8)).isEqualTo(5);
        assertThat(mem.get(U16, RING + 128 + 2)).isEqualTo((short) 1);
    }

    @Test
    void anAvailIndexRunningAheadOfTheRingIsRefused() {
        guest.publishAvailIndex(9);
        assertThatThrownBy(host::next).isInstanceOf(VirtqueueException.class)
                .hasMessage("tx: the guest moved avail->idx from 0 to 9, 9 entries ahead of a ring of 8");
    }

    @Test
    void aDescriptorIndexOutsideTheRingIsRefused() {
        mem.set(U16, RING + 128 + 4, (short) 8);
        guest.publishAvailIndex(1);
        assertThatThrownBy(host::next).isInstanceOf(VirtqueueException.class)
                .hasMessage("tx: descriptor index 8 is outside [0, 8)");
    }

    @Test
    void aLengthOutsideGuestMemoryIsRefused() {
        guest.add(memory.size() - 4, 5, false);
        assertThatThrownBy(host::next).isInstanceOf(VirtqueueException.class)
                .hasMessage("tx: descriptor 0 points at [0x107ffc, +5), outside guest memory [0, 0x108000)");
    }

    @Test
    void aChainThatLoopsIsRefused() {
        guest.add(0x2000, 4, false);
        mem.set(U16, RING + 12, (short) 1);
        mem.set(U16, RING + 14, (short) 0);
        assertThatThrownBy(host::next).isInstanceOf(VirtqueueException.class)
                .hasMessage("tx: the descriptor chain from 0 loops");
    }

    @Test
    void aNextIndexOutsideTheRingIsRefused() {
        guest.add(0x2000, 4, false);
        mem.set(U16, RING + 12, (short) 1);
        mem.set(U16, RING + 14, (short) 200);
        assertThatThrownBy(host::next).isInstanceOf(VirtqueueException.class)
                .hasMessage("tx: descriptor index 200 is outside [0, 8)");
    }
}
