package io.jbindgen.lguest.emulated;

import io.jbindgen.lguest.GuestMemory;
import io.jbindgen.lguest.TargetWord;
import io.jbindgen.posix.libc.Errno;
import io.jbindgen.runtime.sys.ErrnoException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * vCPU 0 of an initialised emulated guest: hands control between the launcher's {@code read()} and the
 * guest program's thread (the guest runs only inside a read), keeps pending interrupts, the pending
 * notify and the death record. All state is guarded by the device's lock.
 */
final class VirtualCpu implements Guest {
    /** {@code LGUEST_IRQS}. */
    static final int IRQS = 32;
    private static final int SHUTDOWN_MESSAGE = 128;

    private final ReentrantLock lock;
    private final Condition changed;
    private final TargetWord word;
    private final GuestProgram program;
    private final EventfdTable eventfds;
    private final long base;
    private final long limit;
    private final long start;
    private final Thread owner;

    private Thread thread;
    private boolean running;
    private long generation;
    private long pendingNotify;
    private int pendingIrqs;
    private String deadReason;
    private int deadErrno;
    private boolean released;
    private MemorySegment memory;

    VirtualCpu(ReentrantLock lock, TargetWord word, GuestProgram program, EventfdTable eventfds, long base,
            long pfnLimit, long start) {
        this.lock = lock;
        this.changed = lock.newCondition();
        this.word = word;
        this.program = program;
        this.eventfds = eventfds;
        this.base = base;
        this.limit = (pfnLimit & 0xFFFF_FFFFL) * GuestMemory.PAGE;
        this.start = start;
        this.owner = Thread.currentThread();
    }

    boolean isDead() {
        return deadReason != null || deadErrno != 0;
    }

    Thread owner() {
        return owner;
    }

    /** The body of the device's read() once its checks passed; called with the lock held. */
    long run(MemorySegment user, long count) throws ErrnoException {
        if (isDead()) {
            return deathRecord(user, count);
        }
        pendingNotify = 0;
        if (thread == null) {
            thread = Thread.ofPlatform().daemon().name("lguest-guest").unstarted(this::guestMain);
            thread.start();
        }
        running = true;
        generation++;
        changed.signalAll();
        try {
            while (true) {
                if (isDead()) {
                    throw new ErrnoException("pread", deadErrno == Errno.ERESTART ? Errno.ERESTART : Errno.ENOENT,
                            "emulated lguest");
                }
                if (pendingNotify != 0) {
                    if (user.byteSize() < word.bytes()) {
                        throw new ErrnoException("pread", Errno.EFAULT, "emulated lguest");
                    }
                    word.put(user, 0, pendingNotify);
                    return word.bytes();
                }
                try {
                    changed.await();
                } catch (InterruptedException e) {
                    throw new ErrnoException("pread", Errno.EINTR, "emulated lguest");
                }
            }
        } finally {
            running = false;
        }
    }

    private long deathRecord(MemorySegment user, long count) throws ErrnoException {
        if (deadErrno != 0) {
            throw new ErrnoException("pread", deadErrno, "emulated lguest");
        }
        byte[] reason = (deadReason + "\0").getBytes(StandardCharsets.UTF_8);
        long len = Math.min(count, reason.length);
        if (len > user.byteSize()) {
            throw new ErrnoException("pread", Errno.EFAULT, "emulated lguest");
        }
        MemorySegment.copy(reason, 0, user, ValueLayout.JAVA_BYTE, 0, (int) len);
        return len;
    }

    /** LHREQ_IRQ after its checks; called with the lock held. */
    void raise(int irq) {
        pendingIrqs |= 1 << irq;
        changed.signalAll();
    }

    /** The device was closed and is idle: stop the guest for good; called with the lock held. */
    void release() {
        released = true;
        changed.signalAll();
    }

    private void guestMain() {
        lock.lock();
        try {
            awaitRunning();
            MemorySegment m = GuestMemory.lookup(base, limit).orElse(null);
            if (m == null) {
                die("bad guest memory: no launcher mapping holds base 0x" + Long.toHexString(base) + " + 0x"
                        + Long.toHexString(limit) + " bytes");
            }
            memory = m;
        } catch (GuestStopped s) {
            return;
        } finally {
            lock.unlock();
        }
        try {
            program.run(this);
            kill("guest program returned without shutting down");
        } catch (GuestStopped s) {
            // dead or released
        } catch (Throwable t) {
            lock.lock();
            try {
                record("guest program failed: " + t);
            } finally {
                lock.unlock();
            }
        }
    }

    private void awaitRunning() {
        while (!running) {
            checkAlive();
            changed.awaitUninterruptibly();
        }
        checkAlive();
    }

    private void checkAlive() {
        if (released || isDead()) {
            throw new GuestStopped();
        }
    }

    private void record(String reason) {
        if (!isDead()) {
            deadReason = reason;
        }
        changed.signalAll();
    }

    private void die(String reason) {
        record(reason);
        throw new GuestStopped();
    }

    @Override
    public MemorySegment memory() {
        return memory;
    }

    @Override
    public long start() {
        return start;
    }

    @Override
    public void notify(long address) {
        lock.lock();
        try {
            awaitRunning();
            if (address == 0 || eventfds.signal(address)) {
                return;
            }
            pendingNotify = address;
            changed.signalAll();
            long asked = generation;
            while (generation == asked || !running) {
                checkAlive();
                changed.awaitUninterruptibly();
            }
            checkAlive();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int halt() {
        lock.lock();
        try {
            awaitRunning();
            while (pendingIrqs == 0 || !running) {
                checkAlive();
                changed.awaitUninterruptibly();
            }
            checkAlive();
            int irq = Integer.numberOfTrailingZeros(pendingIrqs);
            pendingIrqs &= ~(1 << irq);
            return irq;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void shutdown(long messageAddress, long how) {
        lock.lock();
        try {
            awaitRunning();
            if (messageAddress < 0 || messageAddress > limit - SHUTDOWN_MESSAGE) {
                die("bad read address " + hex(messageAddress) + " len " + SHUTDOWN_MESSAGE);
            }
            MemorySegment msg = memory.asSlice(messageAddress, SHUTDOWN_MESSAGE);
            int end = 0;
            while (end < SHUTDOWN_MESSAGE - 1 && msg.get(ValueLayout.JAVA_BYTE, end) != 0) {
                end++;
            }
            String text = new String(msg.asSlice(0, end).toArray(ValueLayout.JAVA_BYTE), StandardCharsets.UTF_8);
            record("CRASH: " + text);
            if (how == SHUTDOWN_RESTART) {
                deadReason = null;
                deadErrno = Errno.ERESTART;
            }
            throw new GuestStopped();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void kill(String reason) {
        lock.lock();
        try {
            die(reason);
        } finally {
            lock.unlock();
        }
    }

    /** C's {@code %#lx}: 0 prints as "0". */
    private static String hex(long value) {
        return value == 0 ? "0" : "0x" + Long.toHexString(value);
    }
}
