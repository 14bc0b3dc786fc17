package io.jbindgen.examples.launcher;

import io.jbindgen.lguest.GuestMemory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A flat x86-64 guest image for the KVM backend and its boot protocol: the image is copied to
 * guest-physical {@link #LOAD} (INITIALIZE's {@code start}), and the quad word at guest-physical 0 holds
 * the device page's address, as lguest's launcher put boot_params at 0. The example's image is
 * {@code hello-guest.bin}, assembled from {@code src/main/guest/hello_guest.S}.
 */
final class GuestImage {
    /** Where the image goes and where the vCPU starts. */
    static final long LOAD = 0x10000;
    /** The bundled image. */
    static final String HELLO = "hello-guest.bin";

    private final byte[] bytes;
    private final String name;

    private GuestImage(byte[] bytes, String name) {
        this.bytes = bytes;
        this.name = name;
    }

    /** {@return the bundled hello guest} */
    static GuestImage hello() {
        try (InputStream in = GuestImage.class.getResourceAsStream(HELLO)) {
            if (in == null) {
                throw new IllegalStateException("the launcher jar has no " + HELLO);
            }
            return new GuestImage(in.readAllBytes(), HELLO);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads an image file.
     *
     * @param file the file
     * @return the image
     * @throws IllegalArgumentException naming the file when it cannot be read
     */
    static GuestImage read(Path file) {
        try {
            return new GuestImage(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the guest image " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Copies the image to {@link #LOAD} and writes the boot info.
     *
     * @param memory guest memory
     * @param devicePage the device page's guest-physical address
     * @return the entry point
     * @throws IllegalArgumentException when the image does not fit guest RAM
     */
    long load(GuestMemory memory, long devicePage) {
        if (bytes.length > memory.ramBytes() - LOAD) {
            throw new IllegalArgumentException("the guest image " + name + " (" + bytes.length
                    + " bytes) does not fit guest RAM above 0x" + Long.toHexString(LOAD));
        }
        MemorySegment.copy(bytes, 0, memory.segment(), ValueLayout.JAVA_BYTE, LOAD, bytes.length);
        memory.at(0, 8).set(ValueLayout.JAVA_LONG_UNALIGNED, 0, devicePage);
        return LOAD;
    }
}
