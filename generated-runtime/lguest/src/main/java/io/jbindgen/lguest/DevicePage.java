package io.jbindgen.lguest;

import io.jbindgen.lguest.abi.LguestDeviceDesc;
import io.jbindgen.lguest.abi.LguestVqconfig;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out lguest device descriptors in the device page just above guest RAM, as the eventfd-era
 * launcher does: per device a {@code struct lguest_device_desc}, {@code num_vq} {@code struct
 * lguest_vqconfig}s, the feature bytes twice (offered, then accepted) and the config bytes, back to back
 * with no alignment (the first {@code lguest_vqconfig} sits at byte 5, so the generated records are
 * viewed with {@code atUnaligned}); the zero-filled rest of the page ends the list. Each queue gets a
 * ring in the device pages at {@code LGUEST_VRING_ALIGN} and an interrupt from 1 to 31 (0 is the
 * timer). Every check is made before anything is written, so a refused device leaves the page as it was.
 */
public final class DevicePage {
    /** {@code LGUEST_IRQS}: interrupts 0 to 31. */
    public static final int IRQS = 32;
    private static final int DESC_SIZE = (int) LguestDeviceDesc.SIZE;

    private final GuestMemory memory;
    private final long address;
    private final MemorySegment page;
    private final List<Device> devices = new ArrayList<>();
    private int used;
    private int nextIrq = 1;

    /** A queue of a device. */
    public record Queue(int index, int num, int irq, long ringAddress) {
        /** {@return the ring's page number, as {@code lguest_vqconfig.pfn}} */
        public long pfn() {
            return ringAddress / GuestMemory.PAGE;
        }
    }

    /**
     * A device in the page.
     *
     * @param type the virtio device type
     * @param address the descriptor's guest-physical address: what the guest notifies on a status change
     * @param offset the descriptor's offset in the page
     * @param queues its queues
     * @param featureBytes the size of one feature bitmap
     * @param configBytes the size of its config
     */
    public record Device(int type, long address, int offset, List<Queue> queues, int featureBytes, int configBytes) {
        /** {@return the record's size in the page} */
        public int size() {
            return DESC_SIZE + queues.size() * (int) LguestVqconfig.SIZE + 2 * featureBytes + configBytes;
        }
    }

    /**
     * Takes the first device page of guest memory.
     *
     * @param memory guest memory with no device page handed out yet
     */
    public DevicePage(GuestMemory memory) {
        this.memory = memory;
        this.address = memory.allocatePages(1);
        this.page = memory.at(address, GuestMemory.PAGE);
    }

    /** {@return the page's guest-physical address (the top of RAM, where the guest looks)} */
    public long address() {
        return address;
    }

    /** {@return the devices added so far} */
    public List<Device> devices() {
        return List.copyOf(devices);
    }

    /**
     * Adds a device.
     *
     * @param type the virtio device type, 1 to 255 (0 ends the list)
     * @param queueSizes the entries of each queue (powers of two)
     * @param features the offered feature bytes (at most 255)
     * @param config the config bytes (at most 255)
     * @return the device as placed
     * @throws IllegalArgumentException for a value its field cannot hold
     * @throws IllegalStateException when the page, the interrupts or the device pages run out
     */
    public Device add(int type, int[] queueSizes, byte[] features, byte[] config) {
        requireByte(type, 1, "device type");
        requireByte(queueSizes.length, 0, "number of queues (num_vq)");
        requireByte(features.length, 0, "feature bytes (feature_len)");
        requireByte(config.length, 0, "config bytes (config_len)");
        List<VringLayout> layouts = new ArrayList<>();
        long pages = 0;
        for (int num : queueSizes) {
            VringLayout l = new VringLayout(num);
            layouts.add(l);
            pages += l.pages();
        }
        int size = DESC_SIZE + queueSizes.length * (int) LguestVqconfig.SIZE + 2 * features.length
                + config.length;
        if (used + size > GuestMemory.PAGE) {
            throw new IllegalStateException("device page full: a type " + type + " device needs " + size
                    + " bytes at offset " + used + ", the page has " + GuestMemory.PAGE);
        }
        if (nextIrq + queueSizes.length > IRQS) {
            throw new IllegalStateException("out of interrupts: a type " + type + " device needs "
                    + queueSizes.length + ", " + (IRQS - nextIrq) + " of 31 are left (0 is the timer)");
        }
        long ring = queueSizes.length == 0 ? 0 : memory.allocatePages(pages);
        int offset = used;
        LguestDeviceDesc desc = LguestDeviceDesc.atUnaligned(page, offset);
        desc.type(type);
        desc.numVq(queueSizes.length);
        desc.featureLen(features.length);
        desc.configLen(config.length);
        desc.status(0);
        List<Queue> queues = new ArrayList<>();
        for (int i = 0; i < queueSizes.length; i++) {
            Queue q = new Queue(i, queueSizes[i], nextIrq++, ring);
            LguestVqconfig vq = LguestVqconfig.atUnaligned(page, offset + DESC_SIZE + i * LguestVqconfig.SIZE);
            vq.num(q.num());
            vq.irq(q.irq());
            vq.pfn(q.pfn());
            queues.add(q);
            ring += layouts.get(i).pages() * GuestMemory.PAGE;
        }
        long featuresAt = offset + DESC_SIZE + queueSizes.length * LguestVqconfig.SIZE;
        MemorySegment.copy(MemorySegment.ofArray(features), 0, page, featuresAt, features.length);
        MemorySegment.copy(MemorySegment.ofArray(config), 0, page, featuresAt + 2L * features.length, config.length);
        used += size;
        Device d = new Device(type, address + offset, offset, List.copyOf(queues), features.length, config.length);
        devices.add(d);
        return d;
    }

    private static void requireByte(int value, int min, String what) {
        if (value < min || value > 255) {
            throw new IllegalArgumentException(what + ": " + value + " is outside [" + min + ", 255] (a __u8 field)");
        }
    }

    /**
     * {@return the status byte the guest wrote for a device}
     *
     * @param device a device of this page
     */
    public int status(Device device) {
        return LguestDeviceDesc.atUnaligned(page, device.offset()).status();
    }

    /**
     * {@return the feature bytes the guest accepted for a device}
     *
     * @param device a device of this page
     */
    public byte[] acceptedFeatures(Device device) {
        long at = device.offset() + DESC_SIZE + device.queues().size() * LguestVqconfig.SIZE
                + device.featureBytes();
        return page.asSlice(at, device.featureBytes()).toArray(ValueLayout.JAVA_BYTE);
    }
}
