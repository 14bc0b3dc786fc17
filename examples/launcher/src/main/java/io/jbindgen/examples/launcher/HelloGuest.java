package io.jbindgen.examples.launcher;

import io.jbindgen.lguest.abi.LguestDeviceDesc;
import io.jbindgen.lguest.abi.LguestVqconfig;
import io.jbindgen.lguest.emulated.Guest;
import io.jbindgen.lguest.emulated.GuestProgram;
import io.jbindgen.lguest.guest.GuestRing;
import io.jbindgen.lguest.vring.VirtioConfig;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;

/**
 * The Java guest of the example: finds the virtio console in the device page above its RAM,
 * acknowledges it through its status bits (notifying the descriptor after each change), places a
 * message in the console's transmit queue, notifies the queue, waits for the interrupt that says the
 * host used the buffer, and powers off.
 */
final class HelloGuest implements GuestProgram {
    static final String MESSAGE = "Hello from the guest";
    static final int CONSOLE = 3;
    private static final long MESSAGE_AT = 0x1000;
    private static final long POWER_DOWN_AT = 0x2000;

    private final long ramBytes;

    HelloGuest(long ramBytes) {
        this.ramBytes = ramBytes;
    }

    @Override
    public void run(Guest guest) {
        MemorySegment mem = guest.memory();
        long console = findConsole(guest, mem);
        LguestDeviceDesc desc = LguestDeviceDesc.atUnaligned(mem, console);
        desc.status(VirtioConfig.VIRTIO_CONFIG_S_ACKNOWLEDGE | VirtioConfig.VIRTIO_CONFIG_S_DRIVER);
        guest.notify(console);
        desc.status(desc.status() | VirtioConfig.VIRTIO_CONFIG_S_DRIVER_OK);
        guest.notify(console);

        LguestVqconfig transmit = LguestVqconfig.atUnaligned(mem, console + LguestDeviceDesc.SIZE + LguestVqconfig.SIZE);
        long ring = transmit.pfn() * 4096;
        byte[] text = MESSAGE.getBytes(StandardCharsets.UTF_8);
        MemorySegment.copy(text, 0, mem, ValueLayout.JAVA_BYTE, MESSAGE_AT, text.length);
        GuestRing tx = new GuestRing(mem, ring, transmit.num());
        tx.add(MESSAGE_AT, text.length, false);
        guest.notify(ring);
        while (tx.usedIndex() == 0) {
            guest.halt();
        }
        mem.setString(POWER_DOWN_AT, "Power down", StandardCharsets.US_ASCII);
        guest.shutdown(POWER_DOWN_AT, Guest.SHUTDOWN_POWEROFF);
    }

    /** Walks the descriptors as the guest's lguest bus does; a zero type or the page end stops it. */
    private long findConsole(Guest guest, MemorySegment mem) {
        long page = ramBytes;
        long offset = 0;
        while (offset + LguestDeviceDesc.SIZE <= 4096) {
            LguestDeviceDesc d = LguestDeviceDesc.atUnaligned(mem, page + offset);
            if (d.type() == 0) {
                break;
            }
            if (d.type() == CONSOLE) {
                return page + offset;
            }
            offset += LguestDeviceDesc.SIZE + d.numVq() * LguestVqconfig.SIZE + 2L * d.featureLen() + d.configLen();
        }
        guest.kill("no virtio console in the device page");
        return -1;
    }
}
