package io.jbindgen.lguest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The device page, byte for byte against the layout the eventfd-era launcher writes (5-byte
 * descriptor, 8-byte vqconfigs from byte 5, features twice, config), and its refusals.
 */
class DevicePageTest {
    private GuestMemory memory;

    @BeforeEach
    void map() throws Exception {
        memory = GuestMemory.map(1 << 20, 64, TargetWord.I386);
    }

    @AfterEach
    void unmap() {
        memory.close();
    }

    @Test
    void recordsArePackedBackToBackAndRingsSitOnPageBoundaries() {
        DevicePage page = new DevicePage(memory);
        assertThat(page.address()).isEqualTo(1 << 20);
        DevicePage.Device console = page.add(3, new int[] {256, 64}, new byte[] {(byte) 0x81, 0, 0, 0x40},
                new byte[] {9, 8});
        DevicePage.Device net = page.add(1, new int[] {16}, new byte[0], new byte[0]);
        byte[] bytes = memory.at(page.address(), 64).toArray(ValueLayout.JAVA_BYTE);
        // 256 entries: 4096 + 518 + 6 bytes of descriptors and avail, used at 8192: 3 pages
        long ring0 = (1 << 20) + 4096;
        long ring1 = ring0 + 3 * 4096;
        long ring2 = ring1 + 2 * 4096;
        assertThat(bytes).startsWith(
                3, 2, 4, 2, 0,
                0, 1, 1, 0, (byte) (ring0 >> 12), (byte) (ring0 >> 20), 0, 0,
                64, 0, 2, 0, (byte) (ring1 >> 12), (byte) (ring1 >> 20), 0, 0,
                (byte) 0x81, 0, 0, 0x40, 0, 0, 0, 0,
                9, 8,
                1, 1, 0, 0, 0,
                16, 0, 3, 0, (byte) (ring2 >> 12), (byte) (ring2 >> 20), 0, 0,
                0);
        assertThat(console.queues()).extracting(DevicePage.Queue::irq).containsExactly(1, 2);
        assertThat(console.address()).isEqualTo(page.address());
        assertThat(net.address()).isEqualTo(page.address() + 31);
        assertThat(net.queues().getFirst().ringAddress()).isEqualTo(ring2);
        assertThat(memory.pfnLimit()).isEqualTo(256 + 1 + 3 + 2 + 2);
        memory.at(page.address() + 4, 1).set(ValueLayout.JAVA_BYTE, 0, (byte) 7);
        memory.at(page.address() + 25, 4).set(ValueLayout.JAVA_INT_UNALIGNED, 0, 0x01020304);
        assertThat(page.status(console)).isEqualTo(7);
        assertThat(page.acceptedFeatures(console)).containsExactly(4, 3, 2, 1);
    }

    @Test
    void aDeviceThatDoesNotFitThePageIsRefusedAndThePageStaysAsItWas() {
        DevicePage page = new DevicePage(memory);
        for (int i = 0; i < 7; i++) {
            page.add(9, new int[0], new byte[200], new byte[150]);
        }
        byte[] before = memory.at(page.address(), 4096).toArray(ValueLayout.JAVA_BYTE);
        assertThatThrownBy(() -> page.add(9, new int[0], new byte[200], new byte[150]))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("device page full: a type 9 device needs 555 bytes at offset 3885, the page has 4096");
        assertThat(memory.at(page.address(), 4096).toArray(ValueLayout.JAVA_BYTE)).isEqualTo(before);
        assertThat(page.devices()).hasSize(7);
    }

    @Test
    void interruptsOneToThirtyOneAreHandedOutThenRefused() {
        DevicePage page = new DevicePage(memory);
        DevicePage.Device many = page.add(5, new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1}, new byte[0], new byte[0]);
        assertThat(many.queues().getLast().irq()).isEqualTo(30);
        page.add(5, new int[] {1}, new byte[0], new byte[0]);
        assertThatThrownBy(() -> page.add(5, new int[] {1}, new byte[0], new byte[0]))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("out of interrupts: a type 5 device needs 1, 0 of 31 are left (0 is the timer)");
    }

    @Test
    void runningOutOfDevicePagesIsAClearError() {
        DevicePage page = new DevicePage(memory);
        page.add(1, new int[] {4096, 4096}, new byte[0], new byte[0]);
        assertThatThrownBy(() -> page.add(1, new int[] {4096}, new byte[0], new byte[0]))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("out of device pages: 28 wanted, 7 of 64 left above guest RAM");
    }

    @Test
    void valuesTheirFieldsCannotHoldAreRefused() {
        DevicePage page = new DevicePage(memory);
        assertThatThrownBy(() -> page.add(0, new int[0], new byte[0], new byte[0]))
                .hasMessage("device type: 0 is outside [1, 255] (a __u8 field)");
        assertThatThrownBy(() -> page.add(1, new int[0], new byte[0], new byte[256]))
                .hasMessage("config bytes (config_len): 256 is outside [0, 255] (a __u8 field)");
        assertThatThrownBy(() -> page.add(1, new int[] {3}, new byte[0], new byte[0]))
                .hasMessage("a split vring has a power-of-two number of entries in [1, 32768], got 3");
    }
}
