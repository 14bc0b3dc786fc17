package io.jbindgen.lguest.kvm;

import io.jbindgen.lguest.CommandWords;
import io.jbindgen.lguest.GuestMemory;
import io.jbindgen.lguest.LguestDevice;
import io.jbindgen.lguest.TargetWord;
import io.jbindgen.lguest.abi.LguestReq;
import io.jbindgen.posix.Descriptor;
import io.jbindgen.posix.libc.Errno;
import io.jbindgen.runtime.sys.CallGuard;
import io.jbindgen.runtime.sys.ErrnoException;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lguest device on {@code /dev/kvm}: the eventfd-era {@code /dev/lguest} contract (the checks,
 * return values and errnos of {@link io.jbindgen.lguest.emulated.EmulatedDevice}) executed by a real
 * hypervisor with a real x86-64 guest.
 *
 * <ul>
 *   <li>INITIALIZE (base, pfnlimit, start) creates the VM: memory slot 0 maps guest-physical 0 to the
 *       launcher's {@code base} for {@code pfnlimit} pages; slot 1, above the guest's limit rounded up
 *       to a GiB, holds the backend's identity page tables (2 MiB pages up to that boundary) and GDT
 *       (code selector 0x08, data 0x10); vCPU 0 starts at {@code start} in 64-bit long mode,
 *       interrupts off, all general registers 0. A KVM call that fails here is INITIALIZE's error,
 *       and the device stays uninitialised. {@code start} and the memory are checked when the guest
 *       first runs, as lguest did: outside the guest, it dies with the reason.</li>
 *   <li>The guest notifies by a 32-bit {@code out} of a guest-physical address to port
 *       {@value #NOTIFY_PORT}; an address with an attached eventfd is signalled in the kernel
 *       ({@code KVM_IOEVENTFD}, data match), any other is what the read returns. It shuts down by an
 *       {@code out} of the guest-physical address of a NUL-terminated message (at most 127 bytes) to
 *       {@value #SHUTDOWN_PORT} (the device is then dead with {@code "CRASH: <message>"}) or to
 *       {@value #RESTART_PORT} (the read returns {@code ERESTART}).</li>
 *   <li>IRQ n (0 to 31, else {@code EINVAL}) is pending until the guest takes it. A guest with
 *       interrupts on gets it injected ({@code KVM_INTERRUPT}) as vector {@value #FIRST_IRQ_VECTOR} + n
 *       once {@code kvm_run.ready_for_interrupt_injection} says it can, the interrupt window requested
 *       meanwhile. A halted guest sleeps inside the read until an irq arrives, as lguest's read slept.
 *       A guest that halts with interrupts off is waiting for irqs the paravirtual way, as lguest's
 *       halt hypercall did: its {@code hlt} returns once irqs are pending, with them in {@code %eax}
 *       (bit n: irq n), and they count as delivered. That is the wait that works on every KVM: on the
 *       paravirtual kvm-pvm the guest's IDT is ignored (PVM replaces it with its own event delivery),
 *       so an injected interrupt reaches no handler of a guest that is not PVM-aware, and it dies of a
 *       triple fault.</li>
 *   <li>A triple fault, an access outside the guest's memory, an instruction KVM cannot emulate or any
 *       other exit the backend does not handle kills the guest with a reason that says what happened
 *       and where ({@code rip}).</li>
 *   <li>{@link #interrupt(Thread)} makes the read return {@code EINTR} even while the guest spins or
 *       halts with interrupts off ({@code kvm_run.immediate_exit} plus {@code SIGPIPE} to the vCPU
 *       thread).</li>
 *   <li>EVENTFD: see {@link NotifyEventfds} for several eventfds on one address.</li>
 * </ul>
 *
 * <p>The runtime's device contract passes on this backend unchanged; where KVM itself differs from
 * lguest (a second eventfd on one address, the IDT on kvm-pvm) the difference is bridged or documented
 * above and tested.
 */
public final class KvmDevice implements LguestDevice {
    /** The notify port: a 32-bit {@code out} of the notified guest-physical address. */
    public static final int NOTIFY_PORT = 0x510;
    /** The shutdown port: a 32-bit {@code out} of the guest-physical address of the message. */
    public static final int SHUTDOWN_PORT = 0x514;
    /** The restart port: as {@link #SHUTDOWN_PORT}, but the read returns {@code ERESTART}. */
    public static final int RESTART_PORT = 0x518;
    /** The vector of irq 0; irq n arrives as this + n. */
    public static final int FIRST_IRQ_VECTOR = 32;
    /** {@code LGUEST_IRQS}. */
    public static final int IRQS = 32;

    static final String NAME = "KVM lguest (" + KvmMachine.PATH + ")";
    private static final long INITIALIZE = LguestReq.LHREQ_INITIALIZE.value();
    private static final long IRQ = LguestReq.LHREQ_IRQ.value();
    private static final long EVENTFD = LguestReq.LHREQ_EVENTFD.value();

    private final ReentrantLock lock = new ReentrantLock();
    private final TargetWord word;
    private final Descriptor kvm;
    private final CallGuard guard = new CallGuard(NAME, this::release);
    private KvmMachine machine;
    private Vcpu cpu;

    private KvmDevice(TargetWord word, Descriptor kvm) {
        this.word = word;
        this.kvm = kvm;
    }

    /**
     * Opens {@code /dev/kvm}, as a launcher opened {@code /dev/lguest}.
     *
     * @param word the launcher's target word
     * @return the device, not yet initialised
     * @throws ErrnoException naming {@code /dev/kvm} when it is missing, not accessible, or speaks another
     *     API version ({@code ENODEV})
     */
    public static KvmDevice open(TargetWord word) throws ErrnoException {
        return new KvmDevice(word, KvmMachine.openSystem());
    }

    /** {@return why this machine cannot run the backend (for skipped tests and messages), or empty} */
    public static Optional<String> unavailable() {
        if (!Files.exists(Path.of(KvmMachine.PATH))) {
            return Optional.of("no " + KvmMachine.PATH + " on this machine (no KVM, or a kernel that is itself a"
                    + " guest without nested virtualisation)");
        }
        try {
            KvmMachine.openSystem().close();
            return Optional.empty();
        } catch (ErrnoException e) {
            return Optional.of(e.getMessage());
        }
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
        if (request == INITIALIZE) {
            return initialize(in);
        }
        Vcpu initialized = initialized(offset, "pwrite");
        if (initialized.isDead()) {
            throw error("pwrite", Errno.ENOENT);
        }
        if (request == IRQ) {
            long irq = in.get(1);
            if (Long.compareUnsigned(irq, IRQS) >= 0) {
                throw error("pwrite", Errno.EINVAL);
            }
            initialized.raise((int) irq);
            return 0;
        } else if (request == EVENTFD) {
            long address = in.get(1);
            long fd = in.get(2);
            lock.lock();
            try {
                machine.eventfds().attach(address, fd);
            } finally {
                lock.unlock();
            }
            return 0;
        }
        throw error("pwrite", Errno.EINVAL);
    }

    private Vcpu initialized(long offset, String call) throws ErrnoException {
        lock.lock();
        try {
            if (cpu == null || CommandWords.vcpu(offset) != 0) {
                throw error(call, Errno.EINVAL);
            }
            return cpu;
        } finally {
            lock.unlock();
        }
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
            long limit = (pfnLimit & 0xFFFF_FFFFL) * GuestMemory.PAGE;
            if (limit > LongMode.MAX_LIMIT) {
                throw new ErrnoException("pwrite", Errno.EINVAL, NAME, "a guest of " + limit
                        + " bytes is more than the backend's page tables map (" + LongMode.MAX_LIMIT + ")");
            }
            machine = KvmMachine.create(kvm, base, limit, start);
            cpu = new Vcpu(machine, word, new GuestRange(base, limit), start, lock);
            return 3L * word.bytes();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long pread(MemorySegment buffer, long count, long offset) throws ErrnoException {
        guard.enter("pread");
        try {
            if (offset < 0) {
                throw error("pread", Errno.EINVAL);
            }
            Vcpu running = initialized(offset, "pread");
            if (Thread.currentThread() != running.owner()) {
                throw error("pread", Errno.EPERM);
            }
            return running.run(buffer, count);
        } finally {
            guard.exit();
        }
    }

    /**
     * Interrupts the guest's run: the read in progress, or the next one, returns {@code EINTR} (a
     * {@link io.jbindgen.lguest.RunResult.Interrupted}) and the guest stays intact. Works from any thread,
     * also while the guest spins or halts with interrupts off.
     *
     * @param runner the thread that runs the guest (used only before INITIALIZE)
     *     (on a closed device: nothing, its mappings are gone)
     */
    @Override
    public void interrupt(Thread runner) {
        try {
            guard.enter("interrupt");
        } catch (ErrnoException closed) {
            return; // nothing runs on a closed device
        }
        try {
            Vcpu running;
            lock.lock();
            try {
                running = cpu;
            } finally {
                lock.unlock();
            }
            if (running == null) {
                runner.interrupt();
            } else {
                running.interrupt();
            }
        } finally {
            guard.exit();
        }
    }

    private static ErrnoException error(String call, int errno) {
        return new ErrnoException(call, errno, NAME);
    }

    /** {@return the eventfds KVM signals, and those accepted on an address that already had one} */
    public int[] eventfdCounts() {
        lock.lock();
        try {
            return machine == null ? new int[2]
                    : new int[] {machine.eventfds().attached(), machine.eventfds().shadowed()};
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
            if (machine != null) {
                machine.close();
            }
            kvm.close();
        } finally {
            lock.unlock();
        }
    }
}
