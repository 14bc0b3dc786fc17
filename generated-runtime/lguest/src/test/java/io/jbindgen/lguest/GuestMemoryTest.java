package io.jbindgen.lguest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jbindgen.posix.SysFlags;
import io.jbindgen.posix.Syscalls;
import io.jbindgen.posix.libc.Errno;
import io.jbindgen.runtime.sys.ErrnoException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guest memory: one mapping with guard pages, address translation, bounds, close. */
class GuestMemoryTest {

    @Test
    void oneMappingWithAProtNoneGuardPageOnEachSide() throws Exception {
        try (GuestMemory m = GuestMemory.map(64 << 10, 2, TargetWord.I386)) {
            long base = m.base();
            String maps = Files.readString(Path.of("/proc/self/maps"));
            assertThat(maps).contains(hex(base) + "-" + hex(base + m.size()) + " rw-p");
            // a guard page may merge with a neighbouring PROT_NONE region: look at what covers it
            assertThat(protectionAt(base - 4096)).isEqualTo("---p");
            assertThat(protectionAt(base - 1)).isEqualTo("---p");
            assertThat(protectionAt(base + m.size())).isEqualTo("---p");
            assertThat(protectionAt(base + m.size() + 4095)).isEqualTo("---p");
            assertThat(base + m.size()).as("an i386 launcher's base fits a word").isLessThan(1L << 32);
        }
    }

    private static String protectionAt(long address) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
            String[] f = line.split(" ");
            String[] range = f[0].split("-");
            if (Long.parseUnsignedLong(range[0], 16) <= address && address < Long.parseUnsignedLong(range[1], 16)) {
                return f[1];
            }
        }
        return "unmapped";
    }

    private static String hex(long v) {
        return String.format("%08x", v);
    }

    @Test
    void guestPhysicalAddressesTranslateBothWaysWithBoundsChecks() throws Exception {
        try (GuestMemory m = GuestMemory.map(64 << 10, 2)) {
            MemorySegment s = m.at(0x1234, 8);
            assertThat(s.address()).isEqualTo(m.base() + 0x1234);
            assertThat(m.gpa(s)).isEqualTo(0x1234);
            assertThat(m.pfnLimit()).isEqualTo(16);
            assertThat(m.allocatePages(1)).isEqualTo(64 << 10);
            assertThat(m.pfnLimit()).isEqualTo(17);
            assertThatThrownBy(() -> m.at(m.size() - 4, 8)).isInstanceOf(IndexOutOfBoundsException.class)
                    .hasMessage("guest-physical [0x11ffc, +8) is outside guest memory [0, 0x12000)");
            assertThatThrownBy(() -> m.at(-1, 1)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> m.gpa(MemorySegment.ofArray(new byte[4]))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> m.allocatePages(2)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("out of device pages: 2 wanted, 1 of 2 left above guest RAM");
            assertThat(GuestMemory.lookup(m.base() + 16, 16)).isPresent();
            assertThat(GuestMemory.lookup(m.base() + m.size() - 8, 16)).isEmpty();
        }
    }

    @Test
    void afterCloseViewsFailInsteadOfTouchingUnmappedMemory() throws Exception {
        GuestMemory m = GuestMemory.map(64 << 10, 1);
        MemorySegment s = m.at(0, 8);
        long base = m.base();
        m.close();
        m.close();
        assertThatThrownBy(() -> s.get(ValueLayout.JAVA_BYTE, 0)).isInstanceOf(IllegalStateException.class);
        assertThat(GuestMemory.lookup(base, 8)).isEmpty();
        assertThat(Files.readString(Path.of("/proc/self/maps"))).doesNotContain(hex(base) + "-");
    }

    @Test
    void sizesThatAreNotWholePagesAreRefused() {
        assertThatThrownBy(() -> GuestMemory.map(1000, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("multiple of 4096");
        assertThatThrownBy(() -> GuestMemory.map(1L << 32, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4 GiB");
    }

    /**
     * The failure seen inside Maven's test JVM: the JVM's own reservations had filled the window
     * {@code MAP_32BIT} searches, and an i386 launcher's mapping failed with ENOMEM. Filling that window on
     * purpose (PROT_NONE, no memory behind it) must not stop an i386 mapping below 4 GiB.
     */
    @Test
    void anI386MappingFindsRoomBelow4GiBEvenWhenTheMap32BitWindowIsFull() throws Exception {
        List<Long> fillers = new ArrayList<>();
        long chunk = 64L << 20;
        try {
            while (chunk >= 4096) {
                try {
                    fillers.add(Syscalls.mmap(chunk, SysFlags.PROT_NONE, SysFlags.MAP_PRIVATE | SysFlags.MAP_ANONYMOUS
                            | SysFlags.MAP_NORESERVE | SysFlags.MAP_32BIT, -1, 0).address());
                    fillers.add(chunk);
                } catch (ErrnoException e) {
                    assertThat(e.errno()).isEqualTo(Errno.ENOMEM);
                    chunk /= 2;
                }
            }
            try (GuestMemory m = GuestMemory.map(16 << 20, 4, TargetWord.I386)) {
                assertThat(m.base() + m.size()).isLessThanOrEqualTo(1L << 32);
                m.segment().set(java.lang.foreign.ValueLayout.JAVA_BYTE, m.size() - 1, (byte) 1);
            }
        } finally {
            for (int i = 0; i < fillers.size(); i += 2) {
                Syscalls.munmap(fillers.get(i), fillers.get(i + 1));
            }
        }
    }

    @Test
    void gapsAreTheFreeRangesBetweenMappingsBelow4GiB(@TempDir Path dir) throws Exception {
        Path maps = dir.resolve("maps");
        Files.writeString(maps, """
                00400000-00452000 r-xp 00000000 08:02 173521      /usr/bin/x
                00651000-00652000 r--p 00051000 08:02 173521      /usr/bin/x
                40000000-7fff0000 ---p 00000000 00:00 0
                800000000-800100000 rw-p 00000000 00:00 0
                7ffd6a2d4000-7ffd6a2f5000 rw-p 00000000 00:00 0    [stack]
                """);
        assertThat(LowMappings.gaps(maps)).containsExactly(new long[] {0x100000, 0x400000},
                new long[] {0x452000, 0x651000}, new long[] {0x652000, 0x40000000L},
                new long[] {0x7fff0000L, 1L << 32});
    }
}
