package io.jbindgen.posix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jbindgen.posix.libc.Errno;
import io.jbindgen.runtime.IoctlRequest;
import io.jbindgen.runtime.sys.ErrnoException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The system-call layer against the real kernel: files, /dev/full, eventfds, mappings, ioctl. */
class SyscallsTest {
    @TempDir
    Path dir;

    @Test
    void pwriteAndPreadMoveExactBytesAtTheOffset() throws Exception {
        Path file = dir.resolve("f");
        try (Arena arena = Arena.ofConfined(); Descriptor d = Descriptor.open(file.toString(), SysFlags.O_RDWR | SysFlags.O_CREAT)) {
            MemorySegment out = arena.allocateFrom(ValueLayout.JAVA_BYTE, (byte) 1, (byte) 2, (byte) 3);
            assertThat(d.pwrite(out, 3, 5)).isEqualTo(3);
            MemorySegment in = arena.allocate(8);
            assertThat(d.pread(in, 8, 4)).isEqualTo(4);
            assertThat(in.asSlice(0, 4).toArray(ValueLayout.JAVA_BYTE)).containsExactly(0, 1, 2, 3);
        }
        assertThat(Files.readAllBytes(file)).containsExactly(0, 0, 0, 0, 0, 1, 2, 3);
    }

    @Test
    void theCriticalPwriteWritesTheSameBytesAndReportsTheSameErrno() throws Exception {
        Path file = dir.resolve("quick");
        try (Arena arena = Arena.ofConfined(); Descriptor d = Descriptor.open(file.toString(), SysFlags.O_RDWR | SysFlags.O_CREAT);
                Descriptor full = Descriptor.open("/dev/full", SysFlags.O_WRONLY)) {
            MemorySegment out = arena.allocateFrom(ValueLayout.JAVA_BYTE, (byte) 7, (byte) 8);
            assertThat(d.pwriteQuick(out, 2, 3)).isEqualTo(2);
            assertThatThrownBy(() -> full.pwriteQuick(out, 2, 0))
                    .isInstanceOfSatisfying(ErrnoException.class, e -> assertThat(e.errno()).isEqualTo(Errno.ENOSPC))
                    .hasMessageStartingWith("pwrite on /dev/full (fd ");
        }
        assertThat(Files.readAllBytes(file)).containsExactly(0, 0, 0, 7, 8);
    }

    @Test
    void devFullGivesTypedEnospc() throws Exception {
        try (Arena arena = Arena.ofConfined(); Descriptor d = Descriptor.open("/dev/full", SysFlags.O_WRONLY)) {
            assertThatThrownBy(() -> d.write(arena.allocate(4), 4))
                    .isInstanceOfSatisfying(ErrnoException.class, e -> {
                        assertThat(e.errno()).isEqualTo(Errno.ENOSPC);
                        assertThat(e.errnoName()).isEqualTo("ENOSPC");
                        assertThat(e.call()).isEqualTo("write");
                    })
                    .hasMessageStartingWith("write on /dev/full (fd ").hasMessageEndingWith("ENOSPC (errno 28)");
        }
    }

    @Test
    void aDescriptorTheKernelDoesNotKnowIsEbadf() throws Exception {
        try (Arena arena = Arena.ofConfined()) {
            assertThatThrownBy(() -> Syscalls.pread(999_999, arena.allocate(4), 4, 0, null))
                    .isInstanceOfSatisfying(ErrnoException.class, e -> assertThat(e.errno()).isEqualTo(Errno.EBADF))
                    .hasMessage("pread on fd 999999: EBADF (errno 9)");
        }
    }

    @Test
    void aClosedDescriptorIsEbadfWithoutASystemCall() throws Exception {
        Descriptor d = Descriptor.open("/dev/null", SysFlags.O_RDWR);
        d.close();
        d.close();
        try (Arena arena = Arena.ofConfined()) {
            assertThatThrownBy(() -> d.pwrite(arena.allocate(4), 4, 0))
                    .isInstanceOfSatisfying(ErrnoException.class, e -> assertThat(e.errno()).isEqualTo(Errno.EBADF))
                    .hasMessage("pwrite on /dev/null (closed): EBADF (errno 9)");
        }
    }

    @Test
    void aMissingPathIsEnoentNamingThePath() {
        String path = dir.resolve("missing/node").toString();
        assertThatThrownBy(() -> Descriptor.open(path, SysFlags.O_RDWR))
                .isInstanceOfSatisfying(ErrnoException.class, e -> {
                    assertThat(e.errno()).isEqualTo(Errno.ENOENT);
                    assertThat(e.subject()).isEqualTo(path);
                })
                .hasMessage("open on " + path + ": ENOENT (errno 2)");
    }

    @Test
    void closeDuringABlockingReadReleasesTheNumberWhenTheReadReturns() throws Exception {
        int fd = Syscalls.eventfd(0, SysFlags.EFD_CLOEXEC);
        Descriptor d = Descriptor.adopt(fd, "eventfd");
        CompletableFuture<Long> value = CompletableFuture.supplyAsync(() -> {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment buf = arena.allocate(8);
                d.read(buf, 8);
                return buf.get(ValueLayout.JAVA_LONG, 0);
            } catch (ErrnoException e) {
                throw new IllegalStateException(e);
            }
        });
        Path link = Path.of("/proc/self/fd/" + fd);
        Thread.sleep(200);
        assertThat(value).isNotDone();
        d.close();
        assertThat(d.isClosed()).isTrue();
        assertThat(Files.readSymbolicLink(link).toString()).isEqualTo("anon_inode:[eventfd]");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment seven = arena.allocate(8);
            seven.set(ValueLayout.JAVA_LONG, 0, 7);
            Syscalls.write(fd, seven, 8, null);
        }
        assertThat(value.get(10, TimeUnit.SECONDS)).isEqualTo(7);
        assertThat(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void eventfdPollAndRead() throws Exception {
        try (Arena arena = Arena.ofConfined();
                Descriptor e = Descriptor.adopt(Syscalls.eventfd(0, SysFlags.EFD_CLOEXEC | SysFlags.EFD_NONBLOCK), "eventfd")) {
            MemorySegment fds = arena.allocate(8);
            fds.set(ValueLayout.JAVA_INT, 0, e.fd());
            fds.set(ValueLayout.JAVA_SHORT, 4, SysFlags.POLLIN);
            assertThat(Syscalls.poll(fds, 1, 0)).isZero();
            MemorySegment buf = arena.allocate(8);
            assertThatThrownBy(() -> e.read(buf, 8))
                    .isInstanceOfSatisfying(ErrnoException.class, x -> assertThat(x.errno()).isEqualTo(Errno.EAGAIN));
            buf.set(ValueLayout.JAVA_LONG, 0, 3);
            e.write(buf, 8);
            e.write(buf, 8);
            assertThat(Syscalls.poll(fds, 1, 1000)).isEqualTo(1);
            assertThat(fds.get(ValueLayout.JAVA_SHORT, 6)).isEqualTo(SysFlags.POLLIN);
            assertThat(e.read(buf, 8)).isEqualTo(8);
            assertThat(buf.get(ValueLayout.JAVA_LONG, 0)).isEqualTo(6);
        }
    }

    @Test
    void mmapMprotectMunmapShowInProcMaps() throws Exception {
        long page = 4096;
        MemorySegment m = Syscalls.mmap(3 * page, SysFlags.PROT_NONE, SysFlags.MAP_PRIVATE | SysFlags.MAP_ANONYMOUS, -1, 0);
        long start = m.address();
        Syscalls.mprotect(start + page, page, SysFlags.PROT_READ | SysFlags.PROT_WRITE);
        String maps = Files.readString(Path.of("/proc/self/maps"));
        assertThat(maps).contains(Long.toHexString(start + page) + "-" + Long.toHexString(start + 2 * page) + " rw-p");
        MemorySegment usable = m.reinterpret(3 * page).asSlice(page, page);
        usable.set(ValueLayout.JAVA_LONG, 8, 42);
        assertThat(usable.get(ValueLayout.JAVA_LONG, 8)).isEqualTo(42);
        Syscalls.munmap(start, 3 * page);
        assertThat(Files.readString(Path.of("/proc/self/maps"))).doesNotContain(Long.toHexString(start + page) + "-");
        assertThatThrownBy(() -> Syscalls.mprotect(start + 1, page, SysFlags.PROT_READ))
                .isInstanceOfSatisfying(ErrnoException.class, e -> assertThat(e.errno()).isEqualTo(Errno.EINVAL));
    }

    @Test
    void ioctlDescriptorsIssueThemselves() throws Exception {
        // FIONREAD = _IOR('T', 0x1B, int) in its historic number 0x541B: bytes left to read
        IoctlRequest fionread = new IoctlRequest(IoctlRequest.Direction.READ, 'T', 0x1B, 4, null, 0x541B);
        Path file = dir.resolve("ten");
        Files.write(file, new byte[10]);
        try (Arena arena = Arena.ofConfined(); Descriptor d = Descriptor.open(file.toString(), SysFlags.O_RDONLY)) {
            MemorySegment n = arena.allocate(4);
            assertThat(fionread.issue(d, n)).isZero();
            assertThat(n.get(ValueLayout.JAVA_INT, 0)).isEqualTo(10);
            assertThatThrownBy(() -> fionread.issue(d, arena.allocate(2)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("ioctl 0x541b needs 4 bytes of payload, got 2");
            assertThatThrownBy(() -> fionread.issue(d)).isInstanceOf(IllegalArgumentException.class);
        }
        try (Arena arena = Arena.ofConfined(); Descriptor d = Descriptor.open("/dev/null", SysFlags.O_RDONLY)) {
            assertThatThrownBy(() -> fionread.issue(d, arena.allocate(4)))
                    .isInstanceOfSatisfying(ErrnoException.class, e -> assertThat(e.errno()).isEqualTo(Errno.ENOTTY))
                    .hasMessageStartingWith("ioctl 0x541b on /dev/null (fd ");
        }
    }
}
