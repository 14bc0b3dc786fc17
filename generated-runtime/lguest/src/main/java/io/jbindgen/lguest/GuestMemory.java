package io.jbindgen.lguest;

import io.jbindgen.posix.SysFlags;
import io.jbindgen.posix.Syscalls;
import io.jbindgen.runtime.sys.ErrnoException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Guest RAM plus the device pages above it, as the launcher maps them: one private anonymous
 * {@code mmap} with a {@code PROT_NONE} guard page on each side. Guest-physical address {@code a} is
 * launcher address {@link #base()} {@code + a}; {@link #base()} is INITIALIZE's {@code base}. Device
 * pages are handed out upwards from the top of RAM ({@link #allocatePages}); the first is the device
 * page. {@link #close()} unmaps everything; views taken before fail afterwards instead of touching freed
 * memory.
 */
public final class GuestMemory implements AutoCloseable {
    /** The guest page size. */
    public static final long PAGE = 4096;

    private static final Map<Long, GuestMemory> LIVE = new ConcurrentSkipListMap<>();

    private final Arena arena;
    private final MemorySegment memory;
    private final long ramBytes;
    private final long devicePages;
    private long usedDevicePages;

    private GuestMemory(Arena arena, MemorySegment memory, long ramBytes, long devicePages) {
        this.arena = arena;
        this.memory = memory;
        this.ramBytes = ramBytes;
        this.devicePages = devicePages;
    }

    /**
     * Maps guest memory.
     *
     * @param ramBytes guest RAM in bytes, a positive multiple of {@link #PAGE}
     * @param devicePages pages reserved above RAM for the device page and the rings (the reference
     *     launcher reserves 256)
     * @return the mapping
     * @throws ErrnoException when {@code mmap} or {@code mprotect} fails
     * @throws IllegalArgumentException for a size that is not whole pages, or beyond the i386 guest's
     *     4 GiB
     */
    public static GuestMemory map(long ramBytes, long devicePages) throws ErrnoException {
        return map(ramBytes, devicePages, TargetWord.X86_64);
    }

    /**
     * Maps guest memory where a launcher of the given target can name it: for {@link TargetWord#I386}
     * the mapping lies below 4 GiB (in a free range found by {@link LowMappings}), so that INITIALIZE's
     * {@code base} fits a 4-byte word, as it did for lguest's 32-bit launchers.
     *
     * @param ramBytes guest RAM in bytes, a positive multiple of {@link #PAGE}
     * @param devicePages pages reserved above RAM for the device page and the rings
     * @param word the launcher's target word
     * @return the mapping
     * @throws ErrnoException when {@code mmap} or {@code mprotect} fails
     * @throws IllegalArgumentException for a size that is not whole pages, or beyond 4 GiB
     * @throws IllegalStateException when no mapping below 4 GiB could be made for an i386 launcher
     */
    public static GuestMemory map(long ramBytes, long devicePages, TargetWord word) throws ErrnoException {
        if (ramBytes <= 0 || ramBytes % PAGE != 0 || devicePages < 1) {
            throw new IllegalArgumentException("guest memory: RAM must be a positive multiple of " + PAGE
                    + " bytes and at least one device page is needed, got " + ramBytes + " bytes and "
                    + devicePages + " pages");
        }
        long total = ramBytes + devicePages * PAGE;
        if (total > (1L << 32)) {
            throw new IllegalArgumentException("guest memory: " + total + " bytes exceed the 4 GiB an i386 guest"
                    + " can address");
        }
        long span = total + 2 * PAGE;
        int flags = SysFlags.MAP_PRIVATE | SysFlags.MAP_ANONYMOUS | SysFlags.MAP_NORESERVE;
        long start = word == TargetWord.I386 ? LowMappings.map(span, SysFlags.PROT_NONE, flags)
                : Syscalls.mmap(span, SysFlags.PROT_NONE, flags, -1, 0).address();
        if (!word.fits(start + span)) {
            Syscalls.munmap(start, span);
            throw new IllegalStateException("guest memory: the host placed " + span + " bytes at 0x"
                    + Long.toHexString(start) + ", above the 4 GiB an i386 launcher's base word can name");
        }
        try {
            Syscalls.mprotect(start + PAGE, total, SysFlags.PROT_READ | SysFlags.PROT_WRITE);
        } catch (ErrnoException e) {
            Syscalls.munmap(start, span);
            throw e;
        }
        Arena arena = Arena.ofShared();
        MemorySegment memory = MemorySegment.ofAddress(start + PAGE).reinterpret(total, arena, ignored -> unmap(start, span));
        GuestMemory guest = new GuestMemory(arena, memory, ramBytes, devicePages);
        LIVE.put(memory.address(), guest);
        return guest;
    }

    private static void unmap(long start, long span) {
        try {
            Syscalls.munmap(start, span);
        } catch (ErrnoException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** {@return the launcher address of guest-physical 0: INITIALIZE's {@code base}} */
    public long base() {
        return memory.address();
    }

    /** {@return the size of guest RAM in bytes} */
    public long ramBytes() {
        return ramBytes;
    }

    /** {@return RAM plus device pages, in bytes} */
    public long size() {
        return memory.byteSize();
    }

    /** {@return the guest pages handed out so far (RAM and device pages): INITIALIZE's {@code pfnlimit}} */
    public synchronized long pfnLimit() {
        return ramBytes / PAGE + usedDevicePages;
    }

    /** {@return all of guest memory, guest-physical 0 at offset 0} */
    public MemorySegment segment() {
        return memory;
    }

    /**
     * Views guest-physical memory.
     *
     * @param gpa the guest-physical address
     * @param length the length in bytes
     * @return the memory
     * @throws IndexOutOfBoundsException when the range is not inside guest memory
     */
    public MemorySegment at(long gpa, long length) {
        if (gpa < 0 || length < 0 || gpa > memory.byteSize() - length) {
            throw new IndexOutOfBoundsException("guest-physical [0x" + Long.toHexString(gpa) + ", +" + length
                    + ") is outside guest memory [0, 0x" + Long.toHexString(memory.byteSize()) + ")");
        }
        return memory.asSlice(gpa, length);
    }

    /**
     * {@return the guest-physical address of a segment inside guest memory}
     *
     * @param segment a view of guest memory
     * @throws IllegalArgumentException when the segment is not inside guest memory
     */
    public long gpa(MemorySegment segment) {
        long offset = segment.address() - memory.address();
        if (!segment.isNative() || offset < 0 || offset > memory.byteSize() - segment.byteSize()) {
            throw new IllegalArgumentException("segment at 0x" + Long.toHexString(segment.address())
                    + " is not inside guest memory at 0x" + Long.toHexString(memory.address()));
        }
        return offset;
    }

    /**
     * Hands out device pages above RAM (the first call gets the device page).
     *
     * @param count the number of pages
     * @return the guest-physical address of the first
     * @throws IllegalStateException when the device pages are used up
     */
    public synchronized long allocatePages(long count) {
        if (count < 1 || count > devicePages - usedDevicePages) {
            throw new IllegalStateException("out of device pages: " + count + " wanted, " + (devicePages - usedDevicePages)
                    + " of " + devicePages + " left above guest RAM");
        }
        long gpa = ramBytes + usedDevicePages * PAGE;
        usedDevicePages += count;
        return gpa;
    }

    /**
     * Finds live guest memory holding a launcher address range: how the emulated device reaches the
     * memory INITIALIZE named, as the kernel copies from the launcher's address space.
     *
     * @param address the launcher address
     * @param length the length in bytes
     * @return the memory, or empty when no live mapping holds the whole range
     */
    public static Optional<MemorySegment> lookup(long address, long length) {
        var entry = ((ConcurrentSkipListMap<Long, GuestMemory>) LIVE).floorEntry(address);
        if (entry == null || length < 0) {
            return Optional.empty();
        }
        MemorySegment m = entry.getValue().memory;
        long offset = address - m.address();
        if (offset > m.byteSize() - length) {
            return Optional.empty();
        }
        return Optional.of(m.asSlice(offset, length));
    }

    /** Unmaps the memory (guard pages included). Closing twice is harmless. */
    @Override
    public void close() {
        if (LIVE.remove(memory.address(), this)) {
            arena.close();
        }
    }
}
