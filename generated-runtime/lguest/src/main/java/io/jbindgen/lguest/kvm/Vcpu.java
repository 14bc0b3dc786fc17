package io.jbindgen.lguest.kvm;

import io.jbindgen.lguest.TargetWord;
import io.jbindgen.lguest.kvm.abi.Kvm;
import io.jbindgen.lguest.kvm.abi.KvmInterrupt;
import io.jbindgen.lguest.kvm.abi.KvmRegs;
import io.jbindgen.lguest.kvm.abi.KvmRun;
import io.jbindgen.lguest.kvm.abi.KvmRunIo;
import io.jbindgen.posix.Descriptor;
import io.jbindgen.posix.libc.Errno;
import io.jbindgen.runtime.sys.ErrnoException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * vCPU 0 of a KVM guest: the {@code KVM_RUN} loop behind the device's read, with lguest's semantics.
 * It returns a notify address the kernel did not consume; records the guest's death (shutdown port,
 * triple fault, bad access, an exit it cannot handle) and answers later reads with it; injects pending
 * irqs with {@code KVM_INTERRUPT} when {@code kvm_run} says the guest can take one and asks for the
 * interrupt window otherwise; sleeps while the guest halts until an irq arrives (a guest halted with
 * interrupts off is woken with the irqs in {@code %eax}, see {@link KvmDevice}); and returns
 * {@code EINTR} when {@link #interrupt()} was called (from any thread: {@code immediate_exit} plus a
 * signal to the running thread).
 */
final class Vcpu {
    private static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT_UNALIGNED;
    private static final int SHUTDOWN_MESSAGE = 128;

    private final KvmMachine machine;
    private final Descriptor vcpu;
    private final MemorySegment run;
    private final MemorySegment io;
    private final MemorySegment mmio;
    private final MemorySegment internal;
    private final MemorySegment failEntry;
    private final MemorySegment interruptPayload;
    private final TargetWord word;
    private final GuestRange memory;
    private final long start;
    private final ReentrantLock lock;
    private final Condition wake;
    private final Thread owner = Thread.currentThread();
    private final ThreadKick kick = ThreadKick.forCurrentThread();

    private volatile boolean interruptRequested;
    private volatile boolean inKvmRun;
    private int pendingIrqs;
    private boolean halted;
    private boolean started;
    private String deadReason;
    private int deadErrno;

    Vcpu(KvmMachine machine, TargetWord word, GuestRange memory, long start, ReentrantLock lock) {
        this.machine = machine;
        this.vcpu = machine.vcpu();
        this.run = machine.run();
        KvmRun view = machine.runView();
        this.io = view.io().segment();
        this.mmio = view.mmio().segment();
        this.internal = view.internal().segment();
        this.failEntry = view.failEntry().segment();
        this.interruptPayload = Arena.ofAuto().allocate(KvmInterrupt.LAYOUT);
        this.word = word;
        this.memory = memory;
        this.start = start;
        this.lock = lock;
        this.wake = lock.newCondition();
    }

    Thread owner() {
        return owner;
    }

    boolean isDead() {
        lock.lock();
        try {
            return deadReason != null || deadErrno != 0;
        } finally {
            lock.unlock();
        }
    }

    /** LHREQ_IRQ after its checks: pending until the guest can take it. */
    void raise(int irq) {
        lock.lock();
        try {
            pendingIrqs |= 1 << irq;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
        kickOut();
    }

    /** Makes the read in progress, or the next one, return {@code EINTR}; the guest stays intact. */
    void interrupt() {
        interruptRequested = true;
        lock.lock();
        try {
            wake.signalAll();
        } finally {
            lock.unlock();
        }
        kickOut();
    }

    private void kickOut() {
        KvmRun.immediateExit(run, 1);
        VarHandle.fullFence();
        if (inKvmRun) {
            kick.kick();
        }
    }

    /** The body of the device's read once its checks passed (on the owner thread, no lock held). */
    long run(MemorySegment user, long count) throws ErrnoException {
        if (isDead()) {
            return deathRecord(user, count);
        }
        if (!started) {
            String bad = memory.checkStart(start);
            if (bad != null) {
                throw die(bad);
            }
            started = true;
        }
        while (true) {
            if (!prepareEntry()) {
                interruptRequested = false;
                throw new ErrnoException("pread", Errno.EINTR, KvmDevice.NAME);
            }
            inKvmRun = true;
            VarHandle.fullFence();
            try {
                Kvm.KVM_RUN_REQUEST.issue(vcpu);
            } catch (ErrnoException e) {
                if (e.errno() != Errno.EINTR) {
                    throw die(e.errno() == Errno.EFAULT
                            ? "bad guest memory: KVM could not reach the launcher's memory behind the guest (KVM_RUN: EFAULT)"
                            : "KVM_RUN failed: " + e.getMessage());
                }
            } finally {
                inKvmRun = false;
                KvmRun.immediateExit(run, 0);
                VarHandle.fullFence();
            }
            long address = exit();
            if (address != 0) {
                if (user.byteSize() < word.bytes()) {
                    throw new ErrnoException("pread", Errno.EFAULT, KvmDevice.NAME);
                }
                word.put(user, 0, address);
                return word.bytes();
            }
        }
    }

    /**
     * Before {@code KVM_RUN}: sleeps while the guest halts with no irq pending; wakes a guest halted with
     * interrupts off by handing it the pending irqs in {@code %eax}; otherwise injects the lowest pending
     * irq if the guest can take it and asks for the interrupt window if one is left.
     *
     * @return false when the read is to return {@code EINTR}
     */
    private boolean prepareEntry() throws ErrnoException {
        lock.lock();
        try {
            while (true) {
                if (interruptRequested || Thread.interrupted()) {
                    return false;
                }
                if (!halted) {
                    break;
                }
                if (pendingIrqs != 0) {
                    if (KvmRun.ifFlag(run) == 0) {
                        wakeWithIrqs();
                        return true;
                    }
                    break;
                }
                try {
                    wake.await();
                } catch (InterruptedException e) {
                    return false;
                }
            }
            halted = false;
            if (pendingIrqs != 0 && KvmRun.readyForInterruptInjection(run) != 0 && KvmRun.ifFlag(run) != 0) {
                int irq = Integer.numberOfTrailingZeros(pendingIrqs);
                pendingIrqs &= ~(1 << irq);
                KvmInterrupt.irq(interruptPayload, KvmDevice.FIRST_IRQ_VECTOR + irq);
                Kvm.KVM_INTERRUPT_REQUEST.issue(vcpu, interruptPayload);
            }
            KvmRun.requestInterruptWindow(run, pendingIrqs != 0 ? 1 : 0);
            // every irq raised so far is handled; a later one sets it again (after this lock is released)
            KvmRun.immediateExit(run, 0);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** {@code hlt} with interrupts off returns with the pending irqs in {@code %eax} (bit n: irq n). */
    private void wakeWithIrqs() throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            KvmRegs regs = KvmRegs.allocate(arena);
            Kvm.KVM_GET_REGS_REQUEST.issue(vcpu, regs.segment());
            regs.rax(Integer.toUnsignedLong(pendingIrqs));
            Kvm.KVM_SET_REGS_REQUEST.issue(vcpu, regs.segment());
        }
        pendingIrqs = 0;
        halted = false;
        KvmRun.requestInterruptWindow(run, 0);
        KvmRun.immediateExit(run, 0);
    }

    /** Handles an exit; {@return a notify address for the launcher, or 0 to run on} */
    private long exit() throws ErrnoException {
        int reason = (int) KvmRun.exitReason(run);
        if (reason == Kvm.KVM_EXIT_IO) {
            return io();
        }
        if (reason == Kvm.KVM_EXIT_HLT) {
            lock.lock();
            try {
                halted = true;
            } finally {
                lock.unlock();
            }
            return 0;
        }
        if (reason == Kvm.KVM_EXIT_INTR || reason == Kvm.KVM_EXIT_IRQ_WINDOW_OPEN) {
            return 0;
        }
        throw die(ExitReasons.describe(reason, mmio, internal, failEntry, memory.limit()) + " at rip " + hex(rip()));
    }

    private long io() throws ErrnoException {
        boolean out = KvmRunIo.direction(io) == Kvm.KVM_EXIT_IO_OUT;
        int size = KvmRunIo.size(io);
        int port = KvmRunIo.port(io);
        if (out && size == 4 && KvmRunIo.count(io) == 1) {
            long value = Integer.toUnsignedLong(run.get(U32, KvmRunIo.dataOffset(io)));
            if (port == KvmDevice.NOTIFY_PORT) {
                return value;
            } else if (port == KvmDevice.SHUTDOWN_PORT || port == KvmDevice.RESTART_PORT) {
                throw shutdown(value, port == KvmDevice.RESTART_PORT);
            }
        }
        throw die("unexpected I/O: " + (out ? "out" : "in") + " of " + size + " bytes at port " + hex(port)
                + " (notify: OUT of 4 bytes at " + hex(KvmDevice.NOTIFY_PORT) + ", shutdown at "
                + hex(KvmDevice.SHUTDOWN_PORT) + ") at rip " + hex(rip()));
    }

    private ErrnoException shutdown(long messageAddress, boolean restart) {
        MemorySegment text = memory.slice(messageAddress, SHUTDOWN_MESSAGE);
        if (text == null) {
            return die("bad read address " + hex(messageAddress) + " len " + SHUTDOWN_MESSAGE);
        }
        int end = 0;
        while (end < SHUTDOWN_MESSAGE - 1 && text.get(ValueLayout.JAVA_BYTE, end) != 0) {
            end++;
        }
        String message = new String(text.asSlice(0, end).toArray(ValueLayout.JAVA_BYTE),
                StandardCharsets.UTF_8);
        ErrnoException death = die("CRASH: " + message);
        if (restart) {
            lock.lock();
            try {
                deadReason = null;
                deadErrno = Errno.ERESTART;
            } finally {
                lock.unlock();
            }
            return new ErrnoException("pread", Errno.ERESTART, KvmDevice.NAME);
        }
        return death;
    }

    private long rip() {
        try (Arena arena = Arena.ofConfined()) {
            KvmRegs regs = KvmRegs.allocate(arena);
            Kvm.KVM_GET_REGS_REQUEST.issue(vcpu, regs.segment());
            return regs.rip();
        } catch (ErrnoException e) {
            return -1;
        }
    }

    /** Records the death (the first reason stays) and {@return the read's error: {@code ENOENT}} */
    private ErrnoException die(String reason) {
        lock.lock();
        try {
            if (deadReason == null && deadErrno == 0) {
                deadReason = reason;
            }
        } finally {
            lock.unlock();
        }
        return new ErrnoException("pread", Errno.ENOENT, KvmDevice.NAME);
    }

    private long deathRecord(MemorySegment user, long count) throws ErrnoException {
        String reason;
        lock.lock();
        try {
            if (deadErrno != 0) {
                throw new ErrnoException("pread", deadErrno, KvmDevice.NAME);
            }
            reason = deadReason;
        } finally {
            lock.unlock();
        }
        byte[] bytes = (reason + "\0").getBytes(StandardCharsets.UTF_8);
        long len = Math.min(count, bytes.length);
        if (len > user.byteSize()) {
            throw new ErrnoException("pread", Errno.EFAULT, KvmDevice.NAME);
        }
        MemorySegment.copy(bytes, 0, user, ValueLayout.JAVA_BYTE, 0, (int) len);
        return len;
    }

    /** C's {@code %#lx}: 0 prints as "0". */
    static String hex(long value) {
        return value == 0 ? "0" : "0x" + Long.toHexString(value);
    }
}
