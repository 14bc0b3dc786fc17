package io.jbindgen.lguest.emulated;

import io.jbindgen.posix.Syscalls;
import io.jbindgen.posix.libc.Errno;
import io.jbindgen.runtime.sys.ErrnoException;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The guest's eventfd table as the 3.x kernel keeps it: append only, no duplicate check, never
 * shrunk; a notify signals the first entry for its address only. Each entry holds its own reference to
 * the eventfd (a duplicate descriptor) until the table is closed, as the kernel holds the eventfd's
 * context, so the launcher may close its descriptor meanwhile.
 */
final class EventfdTable {
    private record Entry(long address, int fd) {
    }

    private final CopyOnWriteArrayList<Entry> entries = new CopyOnWriteArrayList<>();
    private final MemorySegment one = Arena.ofAuto().allocate(ValueLayout.JAVA_LONG);

    EventfdTable() {
        one.set(ValueLayout.JAVA_LONG, 0, 1L);
    }

    /**
     * Attaches an eventfd.
     *
     * @return 0, or the errno: {@code EBADF} for a descriptor that is not open, {@code EINVAL} for one
     *     that is not an eventfd
     */
    int attach(long address, int fd) {
        int dup;
        try {
            dup = Syscalls.dup(fd, null);
        } catch (ErrnoException e) {
            return e.errno();
        }
        if (!isEventfd(dup)) {
            closeQuietly(dup);
            return Errno.EINVAL;
        }
        entries.add(new Entry(address, dup));
        return 0;
    }

    private static boolean isEventfd(int fd) {
        try {
            return Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString().equals("anon_inode:[eventfd]");
        } catch (IOException e) {
            return false;
        }
    }

    /** Signals the first eventfd attached to {@code address}; {@return whether there was one} */
    boolean signal(long address) {
        for (Entry e : entries) {
            if (e.address == address) {
                try {
                    Syscalls.write(e.fd, one, 8, "eventfd");
                } catch (ErrnoException ex) {
                    // eventfd_signal cannot fail for the guest; a full counter only loses the count
                }
                return true;
            }
        }
        return false;
    }

    /** {@return the number of entries} */
    int size() {
        return entries.size();
    }

    /** Drops every reference. */
    void close() {
        for (Entry e : entries) {
            closeQuietly(e.fd);
        }
        entries.clear();
    }

    private static void closeQuietly(int fd) {
        try {
            Syscalls.close(fd, "eventfd");
        } catch (ErrnoException e) {
            // the number is released by close(2) whatever it reports
        }
    }
}
