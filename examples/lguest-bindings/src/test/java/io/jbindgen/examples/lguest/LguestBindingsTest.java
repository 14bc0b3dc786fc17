package io.jbindgen.examples.lguest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/**
 * Uses the classes the plugin generated from this module's lguest header. Expected bytes are the
 * i386 C layout: five {@code __u8} fields at offsets 0-4 of {@code lguest_device_desc}; in
 * {@code lguest_vqconfig} {@code num} at 0, {@code irq} at 2 and {@code pfn} at 4, little-endian.
 */
class LguestBindingsTest {

    @Test
    void deviceDescriptorFieldsLandAtTheirCOffsets() {
        try (Arena arena = Arena.ofConfined()) {
            LguestDeviceDesc desc = LguestDeviceDesc.allocate(arena);
            desc.type(3);
            desc.numVq(2);
            desc.featureLen(4);
            desc.configLen(8);
            desc.status(0x80);

            MemorySegment bytes = desc.segment();
            assertThat(bytes.byteSize()).isEqualTo(5);
            assertThat(bytes.toArray(ValueLayout.JAVA_BYTE)).containsExactly(3, 2, 4, 8, (byte) 0x80);
            assertThat(desc.status()).isEqualTo(0x80);
        }
    }

    @Test
    void vqconfigIsLittleEndianWithPfnAtOffsetFour() {
        try (Arena arena = Arena.ofConfined()) {
            LguestVqconfig vq = LguestVqconfig.allocate(arena);
            vq.num(256);
            vq.irq(5);
            vq.pfn(0xFEDCBA98L);

            MemorySegment bytes = vq.segment();
            assertThat(bytes.byteSize()).isEqualTo(8);
            ValueLayout.OfShort u16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
            assertThat(bytes.get(u16, 0)).isEqualTo((short) 256);
            assertThat(bytes.get(u16, 2)).isEqualTo((short) 5);
            assertThat(bytes.get(ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN), 4))
                    .isEqualTo(0xFEDCBA98);
            assertThat(vq.pfn()).isEqualTo(0xFEDCBA98L);
        }
    }

    @Test
    void requestCodesAndConstantsHaveTheHeaderValues() {
        assertThat(LguestReq.LHREQ_INITIALIZE.value()).isEqualTo(0);
        assertThat(LguestReq.LHREQ_IRQ.value()).isEqualTo(2);
        assertThat(LguestReq.LHREQ_EVENTFD.value()).isEqualTo(4);
        assertThat(LguestReq.of(4)).contains(LguestReq.LHREQ_EVENTFD);
        assertThat(LguestReq.of(5)).isEmpty();
        assertThat(LguestLauncher.LGUEST_VRING_ALIGN).isEqualTo(4096);
    }
}
