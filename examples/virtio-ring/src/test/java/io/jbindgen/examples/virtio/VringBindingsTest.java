package io.jbindgen.examples.virtio;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/**
 * Uses the classes generated from the system's virtio headers. Expected offsets are the C layout of
 * {@code struct vring_desc} ({@code addr} 0, {@code len} 8, {@code flags} 12, {@code next} 14; 16
 * bytes) and {@code struct vring_used_elem} ({@code id} 0, {@code len} 4; 8 bytes), little-endian.
 */
class VringBindingsTest {

    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;

    @Test
    void descriptorFieldsLandAtTheirCOffsets() {
        try (Arena arena = Arena.ofConfined()) {
            VringDesc desc = VringDesc.allocate(arena);
            desc.addr(0x1122334455667788L);
            desc.len(4096);
            desc.flags(VirtioRing.VRING_DESC_F_NEXT | VirtioRing.VRING_DESC_F_WRITE);
            desc.next(7);

            MemorySegment bytes = desc.segment();
            assertThat(bytes.byteSize()).isEqualTo(16);
            assertThat(bytes.get(ValueLayout.JAVA_LONG_UNALIGNED.withOrder(LE), 0)).isEqualTo(0x1122334455667788L);
            assertThat(bytes.get(ValueLayout.JAVA_INT_UNALIGNED.withOrder(LE), 8)).isEqualTo(4096);
            assertThat(bytes.get(ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(LE), 12)).isEqualTo((short) 3);
            assertThat(bytes.get(ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(LE), 14)).isEqualTo((short) 7);
        }
    }

    @Test
    void usedElementIsEightBytes() {
        try (Arena arena = Arena.ofConfined()) {
            VringUsedElem elem = VringUsedElem.allocate(arena);
            elem.id(42);
            elem.len(1500);
            MemorySegment bytes = elem.segment();
            assertThat(bytes.byteSize()).isEqualTo(8);
            assertThat(bytes.get(ValueLayout.JAVA_INT_UNALIGNED.withOrder(LE), 4)).isEqualTo(1500);
        }
    }

    @Test
    void constantsOfBothHeaders() {
        assertThat(VirtioRing.VRING_DESC_F_INDIRECT).isEqualTo(4);
        assertThat(VirtioRing.VIRTIO_RING_F_EVENT_IDX).isEqualTo(29);
        assertThat(VirtioConfig.VIRTIO_CONFIG_S_DRIVER_OK).isEqualTo(4);
    }
}
