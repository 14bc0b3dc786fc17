package t.libc;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import interop.InteropDriver;
import io.jbindgen.runtime.sys.Errno;
import io.jbindgen.runtime.sys.ErrnoException;
import io.jbindgen.runtime.sys.ErrnoNames;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import t.libc.fcntl.FcntlFunctions;
import t.libc.stdio.StdioFunctions;
import t.libc.stdlib.StdlibFunctions;
import t.libc.string.StringFunctions;
import t.libc.sys_eventfd.EventfdFunctions;
import t.libc.sys_mman.MmanFunctions;
import t.libc.time.TimeFunctions;
import t.libc.unistd.UnistdFunctions;

/** Calls the real libc through the generated glibc bindings and checks every result. */
@SuppressWarnings("restricted")
public final class LibcDriver extends InteropDriver {
    private static final int O_RDWR = 2;
    private static final int O_CREAT = 0100;

    public static String run(Path dir) throws Throwable {
        LibcDriver d = new LibcDriver();
        d.calls(dir);
        return d.problems();
    }

    private void calls(Path dir) throws Throwable {
        Errno.register(ErrnoNames.fromConstants(t.libc.errno.Errno.class));
        expect("getpid", (long) UnistdFunctions.getpid(), ProcessHandle.current().pid());
        try (Arena arena = Arena.ofConfined()) {
            expect("strlen", StringFunctions.strlen(arena.allocateFrom("jbindgen")), 8L);
            snprintf(arena);
            qsort(arena);
            files(arena, dir);
            mmap();
            eventfd(arena);
            globals();
        }
    }

    private void snprintf(Arena arena) {
        MemorySegment buf = arena.allocate(64);
        int n = StdioFunctions.snprintf(JAVA_INT, JAVA_DOUBLE, ADDRESS, JAVA_LONG)
                .invoke(buf, 64, arena.allocateFrom("%d %.2f %s %ld"), 42, 2.5, arena.allocateFrom("hi"), 1L << 40);
        expect("snprintf text", buf.getString(0), "42 2.50 hi 1099511627776");
        expect("snprintf count", n, 24);
        try {
            int exact = (int) StdioFunctions.snprintf(JAVA_INT, JAVA_LONG).exact()
                    .invokeExact(buf, 64L, arena.allocateFrom("%d/%ld"), -7, 1L << 33);
            expect("snprintf exact text", buf.getString(0), "-7/8589934592");
            expect("snprintf exact count", exact, 13);
        } catch (Throwable t) {
            problem("snprintf's exact handle: " + t);
        }
        try {
            StdioFunctions.snprintf(JAVA_FLOAT);
            problem("snprintf accepted a float variadic layout");
        } catch (IllegalArgumentException e) {
            expect("promotion message names the function", e.getMessage().startsWith("snprintf: variadic argument 1"), true);
        }
    }

    private void qsort(Arena arena) {
        int[] values = {5, -3, 9, 0, 7, -8, 2};
        MemorySegment array = arena.allocateFrom(JAVA_INT, values);
        int[] calls = new int[1];
        StdlibFunctions.ComparFnT byValue = (a, b) -> {
            calls[0]++;
            return Integer.compare(a.reinterpret(4).get(JAVA_INT, 0), b.reinterpret(4).get(JAVA_INT, 0));
        };
        StdlibFunctions.qsort(array, values.length, 4, StdlibFunctions.ComparFnT.allocate(byValue, arena));
        expect("qsort", java.util.Arrays.toString(array.toArray(JAVA_INT)), "[-8, -3, 0, 2, 5, 7, 9]");
        expect("comparator was called", calls[0] > 0, true);
    }

    private void files(Arena arena, Path dir) throws ErrnoException, java.io.IOException {
        Path file = dir.resolve("data.bin");
        int fd = FcntlFunctions.open(JAVA_INT).invoke(arena.allocateFrom(file.toString()), O_RDWR | O_CREAT, 0600);
        MemorySegment out = arena.allocateFrom("hello, pwrite");
        expect("pwrite", UnistdFunctions.pwrite(fd, out, 13, 100), 13L);
        MemorySegment in = arena.allocate(13);
        expect("pread", UnistdFunctions.pread(fd, in, 13, 100), 13L);
        expect("pread bytes", new String(in.toArray(JAVA_BYTE), StandardCharsets.US_ASCII), "hello, pwrite");
        expect("close", UnistdFunctions.close(fd), 0);
        expect("file size on disk", Files.size(file), 113L);
        try {
            UnistdFunctions.close(fd);
            problem("close of a closed descriptor did not throw");
        } catch (ErrnoException e) {
            expect("close twice", e.errnoName(), "EBADF");
            expect("close twice subject", e.subject(), "fd " + fd);
        }
        String missing = dir.resolve("no/such/file").toString();
        try {
            FcntlFunctions.open(JAVA_INT).invoke(arena.allocateFrom(missing), O_RDWR, 0);
            problem("open of a missing path did not throw");
        } catch (ErrnoException e) {
            expect("open missing errno", e.errno(), 2);
            expect("open missing name", e.errnoName(), "ENOENT");
            expect("open missing message", e.getMessage(), "open on " + missing + ": ENOENT (errno 2)");
            expect("lastErrno", FcntlFunctions.lastErrno(), 2);
        }
    }

    private void mmap() throws ErrnoException {
        long size = 2 * 4096;
        MemorySegment map = MmanFunctions.mmap(MemorySegment.NULL, size, 3, 0x22, -1, 0).reinterpret(size);
        map.set(JAVA_LONG, 4096, 0x1122334455667788L);
        expect("mmap memory", map.get(JAVA_LONG, 4096), 0x1122334455667788L);
        expect("mmap zero-filled", map.get(JAVA_LONG, 0), 0L);
        expect("munmap", MmanFunctions.munmap(map, size), 0);
        try {
            MmanFunctions.mmap(MemorySegment.NULL, size, 3, 0x22, 12345, 0x123);
            problem("mmap with a bad offset did not throw");
        } catch (ErrnoException e) {
            expect("mmap MAP_FAILED", e.errnoName(), "EINVAL");
        }
    }

    private void eventfd(Arena arena) throws ErrnoException {
        int fd = EventfdFunctions.eventfd(3, 0);
        MemorySegment value = arena.allocate(JAVA_LONG);
        value.set(JAVA_LONG, 0, 4);
        expect("eventfd write", UnistdFunctions.write(fd, value, 8), 8L);
        value.set(JAVA_LONG, 0, 0);
        expect("eventfd read", UnistdFunctions.read(fd, value, 8), 8L);
        expect("eventfd counter", value.get(JAVA_LONG, 0), 7L);
        UnistdFunctions.close(fd);
    }

    private void globals() {
        long before = TimeFunctions.timezone();
        TimeFunctions.timezone(-12345L);
        expect("timezone is __timezone", TimeFunctions.__timezone(), -12345L);
        TimeFunctions.timezone(before);
        expect("timezone restored", TimeFunctions.__timezone(), before);
        MemorySegment env = UnistdFunctions.__environ().reinterpret(Long.MAX_VALUE);
        String path = null;
        for (long i = 0; !env.getAtIndex(ADDRESS, i).equals(MemorySegment.NULL); i++) {
            String entry = env.getAtIndex(ADDRESS, i).reinterpret(Long.MAX_VALUE).getString(0);
            if (entry.startsWith("PATH=")) {
                path = entry.substring(5);
            }
        }
        expect("environ PATH", path, System.getenv("PATH"));
    }
}
