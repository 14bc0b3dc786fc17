package io.jbindgen.lguest.emulated;

import io.jbindgen.lguest.CommandWords;
import io.jbindgen.lguest.LguestDevice;
import io.jbindgen.lguest.TargetWord;
import io.jbindgen.posix.libc.Errno;
import io.jbindgen.runtime.sys.CallGuard;
import io.jbindgen.runtime.sys.ErrnoException;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An in-process model of an open {@code /dev/lguest} of the eventfd era (2.6.31 – 4.0, the seed
 * header): the order of its checks, its return values and errnos, its eventfd table, its death record
 * and its close, as {@code drivers/lguest/lguest_user.c} of 3.x has them. The guest is a
 * {@link GuestProgram}; attached eventfds are real and are signalled for real.
 *
 * <p>write: word 0 missing → {@code EFAULT}; a request other than INITIALIZE before INITIALIZE, or at a
 * file offset (vCPU) other than 0 → {@code EINVAL}; then a dead guest → {@code ENOENT}; INITIALIZE
 * (base, pfnlimit, start) returns the size of its three words, or {@code EBUSY} on an initialised device
 * even if the guest is dead; IRQ returns 0, {@code EINVAL} for irq ≥ 32; EVENTFD (address, fd) returns
 * 0, {@code EINVAL} for address 0 or a descriptor that is no eventfd, {@code EBADF} for one that is not
 * open; any other request → {@code EINVAL}; an argument word past the buffer → {@code EFAULT}.
 *
 * <p>read: not initialised or offset ≠ 0 → {@code EINVAL}; a thread other than the one that sent
 * INITIALIZE → {@code EPERM}; a dead guest → its reason ({@code min(count, strlen + 1)} bytes, every
 * time) or {@code ERESTART}; otherwise runs the guest until a notify without an eventfd (returns one
 * word: the address), its death ({@code ENOENT}/{@code ERESTART}) or an interrupt of the calling thread
 * ({@code EINTR}, the guest stays intact).
 */
public final class EmulatedDevice implements LguestDevice {
    private static final long INITIALIZE = 0;
    private static final long IRQ = 2;
    private static final long EVENTFD = 4;
    private static final String NAME = "emulated lguest";

    private final ReentrantLock lock = new ReentrantLock();
    private final TargetWord word;
    private final GuestProgram program;
    private final EventfdTable eventfds = new EventfdTable();
    private final CallGuard guard = new CallGuard(NAME, this::release);
    private VirtualCpu cpu;

    /**
     * Creates an unopened-guest device, as {@code open("/dev/lguest")} gives.
     *
     * @param word the target word (lguest: {@link TargetWord#I386})
     * @param program the guest to run once initialised
     */
    public EmulatedDevice(TargetWord word, GuestProgram program) {
        this.word = word;
        this.program = program;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public long pwrite(MemorySegment buffer, long count, long offset) throws ErrnoException {
        guard.enter("pwrite");
        try {
            return write(CommandWords.of(word, buffer, count, offset, NAME), offset);
        } finally {
            guard.exit();
        }
    }

    private long write(CommandWords in, long offset) throws ErrnoException {
        long request = in.get(0);
        if (request != INITIALIZE) {
            lock.lock();
            try {
                if (cpu == null || CommandWords.vcpu(offset) != 0) {
                    throw error("pwrite", Errno.EINVAL);
                }
                if (cpu.isDead()) {
                    throw error("pwrite", Errno.ENOENT);
                }
            } finally {
                lock.unlock();
            }
        }
        if (request == INITIALIZE) {
            return initialize(in);
        } else if (request == IRQ) {
            long irq = in.get(1);
            if (Long.compareUnsigned(irq, VirtualCpu.IRQS) >= 0) {
                throw error("pwrite", Errno.EINVAL);
            }
            lock.lock();
            try {
                cpu.raise((int) irq);
            } finally {
                lock.unlock();
            }
            return 0;
        } else if (request == EVENTFD) {
            return attach(in.get(1), in.get(2));
        }
        throw error("pwrite", Errno.EINVAL);
    }

    private long initialize(CommandWords in) throws ErrnoException {
        lock.lock();
        try {
            if (cpu != null) {
                throw error("pwrite", Errno.EBUSY);
            }
            long base = in.get(1);
            long pfnLimit = in.get(2);
            long start = in.get(3);
            cpu = new VirtualCpu(lock, word, program, eventfds, base, pfnLimit, start);
            return 3L * word.bytes();
        } finally {
            lock.unlock();
        }
    }

    private long attach(long address, long fd) throws ErrnoException {
        lock.lock();
        try {
            if (address == 0) {
                throw error("pwrite", Errno.EINVAL);
            }
            int err = eventfds.attach(address, (int) fd);
            if (err != 0) {
                throw error("pwrite", err);
            }
            return 0;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long pread(MemorySegment buffer, long count, long offset) throws ErrnoException {
        guard.enter("pread");
        lock.lock();
        try {
            if (offset < 0 || cpu == null || CommandWords.vcpu(offset) != 0) {
                throw error("pread", Errno.EINVAL);
            }
            if (Thread.currentThread() != cpu.owner()) {
                throw error("pread", Errno.EPERM);
            }
            return cpu.run(buffer, count);
        } finally {
            lock.unlock();
            guard.exit();
        }
    }

    private static ErrnoException error(String call, int errno) {
        return new ErrnoException(call, errno, NAME);
    }

    /** {@return the number of eventfds attached (for tests of the append-only table)} */
    public int eventfdCount() {
        lock.lock();
        try {
            return eventfds.size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        guard.close();
    }

    private void release() {
        lock.lock();
        try {
            if (cpu != null) {
                cpu.release();
            }
            eventfds.close();
        } finally {
            lock.unlock();
        }
    }
}
