package io.jbindgen.lguest;

import io.jbindgen.posix.SysFlags;
import io.jbindgen.posix.Syscalls;
import io.jbindgen.posix.libc.Errno;
import io.jbindgen.runtime.sys.ErrnoException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Anonymous mappings below 4 GiB, where a 32-bit launcher's words can name them. {@code MAP_32BIT}
 * alone is not enough inside a JVM: it only searches the first 2 GiB (in practice one), which the JVM's
 * own reservations (its class space, placed at a random address) can fill. This walks the gaps between
 * the process's mappings ({@code /proc/self/maps}) below 4 GiB and maps the first one that fits with
 * {@code MAP_FIXED_NOREPLACE}, which never replaces anything; a gap taken meanwhile by another thread
 * ({@code EEXIST}) is skipped.
 */
final class LowMappings {
    private static final long LIMIT = 1L << 32;
    /** The lowest address worth trying: above Linux's default {@code vm.mmap_min_addr}. */
    private static final long FLOOR = 1L << 20;
    private static final long PAGE = 4096;

    private LowMappings() {
    }

    /**
     * Maps {@code length} bytes of anonymous memory, {@code prot} protected, ending at or below 4 GiB.
     *
     * @return the mapping's start
     * @throws ErrnoException when a mapping call fails other than for a taken range
     * @throws IllegalStateException when no gap below 4 GiB is large enough
     */
    static long map(long length, int prot, int flags) throws ErrnoException {
        for (long[] gap : gaps(Path.of("/proc/self/maps"))) {
            if (gap[1] - gap[0] < length) {
                continue;
            }
            try {
                return Syscalls.mmap(gap[0], length, prot, flags | SysFlags.MAP_FIXED_NOREPLACE, -1, 0).address();
            } catch (ErrnoException e) {
                if (e.errno() != Errno.EEXIST) {
                    throw e;
                }
            }
        }
        throw new IllegalStateException("guest memory: no free " + length + "-byte range below 4 GiB in this"
                + " process, where an i386 launcher's base word could name it");
    }

    /** {@return the free ranges [start, end) below 4 GiB between the mappings listed in {@code maps}} */
    static List<long[]> gaps(Path maps) {
        List<long[]> used = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(maps)) {
                int dash = line.indexOf('-');
                int space = line.indexOf(' ');
                used.add(new long[] {Long.parseUnsignedLong(line.substring(0, dash), 16),
                    Long.parseUnsignedLong(line.substring(dash + 1, space), 16)});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        used.sort((a, b) -> Long.compareUnsigned(a[0], b[0]));
        List<long[]> gaps = new ArrayList<>();
        long free = FLOOR;
        for (long[] m : used) {
            if (Long.compareUnsigned(m[0], LIMIT) >= 0) {
                break;
            }
            if (m[0] - free >= PAGE) {
                gaps.add(new long[] {free, m[0]});
            }
            free = Math.max(free, m[1]);
        }
        if (free < LIMIT) {
            gaps.add(new long[] {free, LIMIT});
        }
        return gaps;
    }
}
