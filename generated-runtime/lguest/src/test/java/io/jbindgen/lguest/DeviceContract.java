package io.jbindgen.lguest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jbindgen.lguest.abi.LguestReq;
import io.jbindgen.lguest.abi.LguestReqCommands;
import io.jbindgen.posix.Descriptor;
import io.jbindgen.posix.SysFlags;
import io.jbindgen.posix.Syscalls;
import io.jbindgen.posix.libc.Errno;
import io.jbindgen.runtime.sys.ErrnoException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The eventfd-era {@code /dev/lguest} contract, written against {@link LguestDevice}: every return
 * value and errno of write() and read() that does not depend on what the guest does. Each backend runs
 * it through a subclass.
 */
abstract class DeviceContract {
    static final long INITIALIZE = LguestReq.LHREQ_INITIALIZE.value();
    @SuppressWarnings("deprecation")
    static final long GETDMA = LguestReq.LHREQ_GETDMA.value();
    static final long IRQ = LguestReq.LHREQ_IRQ.value();
    @SuppressWarnings("deprecation")
    static final long BREAK = LguestReq.LHREQ_BREAK.value();
    static final long EVENTFD = LguestReq.LHREQ_EVENTFD.value();

    GuestMemory memory;
    LguestDevice device;
    CommandChannel channel;
    /** The commands generated from the header's {@code enum lguest_req}, over {@link #channel}. */
    LguestReqCommands commands;
    Arena arena;

    /** {@return a newly opened device} */
    abstract LguestDevice open() throws ErrnoException;

    @BeforeEach
    void setUp() throws ErrnoException {
        memory = GuestMemory.map(1 << 20, 16, TargetWord.I386);
        device = open();
        channel = new CommandChannel(device, TargetWord.I386);
        commands = new LguestReqCommands(channel);
        arena = Arena.ofConfined();
    }

    @AfterEach
    void tearDown() {
        if (channel != null) {
            channel.close();
            memory.close();
            arena.close();
        }
    }

    long initialize() throws ErrnoException {
        return commands.initialize(memory.base(), memory.pfnLimit(), 0x100000);
    }

    static void assertErrno(ThrowingCallable call, int errno) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ErrnoException.class,
                e -> assertThat(e.errnoName()).isEqualTo(io.jbindgen.runtime.sys.Errno.name(errno)));
    }

    @Test
    void everythingButInitializeIsEinvalBeforeInitialize() {
        assertErrno(() -> channel.send(IRQ, 1), Errno.EINVAL);
        assertErrno(() -> channel.send(EVENTFD, 0x1000, 0), Errno.EINVAL);
        assertErrno(() -> channel.send(IRQ), Errno.EINVAL);
        assertErrno(() -> channel.send(99), Errno.EINVAL);
        assertErrno(channel::run, Errno.EINVAL);
    }

    @Test
    void initializeReturnsTheSizeOfItsThreeArgumentWords() throws ErrnoException {
        assertThat(initialize()).isEqualTo(12);
    }

    @Test
    void aSecondInitializeIsEbusy() throws ErrnoException {
        initialize();
        assertErrno(this::initialize, Errno.EBUSY);
        assertErrno(() -> channel.send(INITIALIZE), Errno.EBUSY);
    }

    @Test
    void missingWordsAreEfault() throws ErrnoException {
        MemorySegment two = arena.allocate(2);
        assertErrno(() -> device.pwrite(two, 2, 0), Errno.EFAULT);
        assertErrno(() -> channel.send(INITIALIZE, memory.base(), memory.pfnLimit()), Errno.EFAULT);
        assertErrno(() -> channel.send(IRQ, 1), Errno.EINVAL);
        initialize();
        assertErrno(() -> channel.send(IRQ), Errno.EFAULT);
        assertErrno(() -> channel.send(EVENTFD, 0x1000), Errno.EFAULT);
        MemorySegment irq = arena.allocate(8);
        TargetWord.I386.put(irq, 0, IRQ);
        TargetWord.I386.put(irq, 4, 3);
        assertThat(device.pwrite(irq, 8, 0)).isZero();
        assertErrno(() -> device.pwrite(irq, 6, 0), Errno.EFAULT);
        assertThat(device.pwrite(irq, 8, 0)).isZero();
    }

    @Test
    void irqReturnsZeroBelowThirtyTwoAndEinvalFromThirtyTwo() throws ErrnoException {
        initialize();
        assertThat(commands.irq(0)).isZero();
        assertThat(commands.irq(31)).isZero();
        assertErrno(() -> commands.irq(32), Errno.EINVAL);
        assertErrno(() -> commands.irq(0xFFFF_FFFFL), Errno.EINVAL);
    }

    @Test
    @SuppressWarnings("deprecation")
    void unknownAndRetiredRequestsAreEinval() throws ErrnoException {
        initialize();
        assertErrno(() -> commands.getdma(), Errno.EINVAL);
        assertErrno(() -> commands.break_(), Errno.EINVAL);
        for (long request : new long[] {GETDMA, BREAK, 5, 6, 7, 0xFFFF_FFFFL}) {
            assertErrno(() -> channel.send(request, 0), Errno.EINVAL);
        }
    }

    @Test
    void aVcpuOffsetOtherThanZeroIsEinvalButInitializeIgnoresIt() throws ErrnoException {
        try (CommandChannel cpu1 = new CommandChannel(device, TargetWord.I386, 1)) {
            assertThat(cpu1.send(INITIALIZE, memory.base(), memory.pfnLimit(), 0)).isEqualTo(12);
            assertErrno(() -> cpu1.send(IRQ, 1), Errno.EINVAL);
            assertErrno(cpu1::run, Errno.EINVAL);
        }
    }

    @Test
    void theVcpuIsTheOffsetTruncatedToThirtyTwoBits() throws ErrnoException {
        initialize();
        MemorySegment irq = arena.allocate(8);
        TargetWord.I386.put(irq, 0, IRQ);
        TargetWord.I386.put(irq, 4, 3);
        assertThat(device.pwrite(irq, 8, 1L << 32)).isZero();
        assertErrno(() -> device.pwrite(irq, 8, (1L << 32) + 1), Errno.EINVAL);
    }

    @Test
    void eventfdAttachRefusesAddressZeroAndDescriptorsThatAreNoEventfd() throws ErrnoException {
        initialize();
        try (Descriptor eventfd = Descriptor.adopt(Syscalls.eventfd(0, SysFlags.EFD_CLOEXEC), "eventfd");
                Descriptor devNull = Descriptor.open("/dev/null", SysFlags.O_RDONLY)) {
            assertErrno(() -> channel.send(EVENTFD, 0, eventfd.fd()), Errno.EINVAL);
            assertErrno(() -> channel.send(EVENTFD, 0x1000, devNull.fd()), Errno.EINVAL);
            assertErrno(() -> channel.send(EVENTFD, 0x1000, 999_999), Errno.EBADF);
            assertErrno(() -> channel.send(EVENTFD, 0x1000, 0xFFFF_FFFFL), Errno.EBADF);
            assertThat(channel.send(EVENTFD, 0x1000, eventfd.fd())).isZero();
            assertThat(channel.send(EVENTFD, 0x1000, eventfd.fd())).isZero();
        }
    }

    @Test
    void onlyTheInitializingThreadMayRun() throws Exception {
        CompletableFuture<Void> init = CompletableFuture.runAsync(() -> {
            try {
                initialize();
            } catch (ErrnoException e) {
                throw new IllegalStateException(e);
            }
        });
        init.get(10, TimeUnit.SECONDS);
        assertErrno(channel::run, Errno.EPERM);
        assertThat(channel.send(IRQ, 1)).isZero();
    }

    @Test
    void everyCallAfterCloseIsEbadf() throws ErrnoException {
        initialize();
        channel.close();
        channel.close();
        assertErrno(() -> channel.send(IRQ, 1), Errno.EBADF);
        assertErrno(channel::run, Errno.EBADF);
    }
}
