package io.jbindgen.lguest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jbindgen.lguest.abi.LguestReqCommands;
import io.jbindgen.lguest.kvm.KvmDevice;
import io.jbindgen.lguest.kvm.abi.Kvm;
import io.jbindgen.lguest.kvm.abi.KvmIoeventfd;
import io.jbindgen.posix.Descriptor;
import io.jbindgen.posix.SysFlags;
import io.jbindgen.posix.Syscalls;
import io.jbindgen.posix.libc.Errno;
import io.jbindgen.runtime.sys.ErrnoException;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The KVM backend with real guests: notifies, in-kernel eventfds, irq injection into a halted guest,
 * shutdown and restart, every kind of death, interruption from another thread, and what 1,000 guests
 * leave behind. Skipped, saying why, where {@code /dev/kvm} does not answer.
 */
@Timeout(120)
class KvmDeviceTest {
    private static final long CODE = 0x1000;
    private static final long TEXT = 0x2000;
    private static final long IDT = 0x3000;
    private static final long IDTR = 0x4000;
    private static final long HANDLER = 0x5000;
    private static final int IRQ = 5;

    private GuestMemory memory;
    private KvmDevice device;
    private CommandChannel channel;
    private LguestReqCommands commands;
    private final Arena arena = Arena.ofConfined();

    @BeforeEach
    void setUp() throws ErrnoException {
        Optional<String> why = KvmDevice.unavailable();
        assumeTrue(why.isEmpty(), () -> "the KVM backend's tests are skipped: " + why.orElse(""));
        memory = GuestMemory.map(1 << 20, 16, TargetWord.I386);
        device = KvmDevice.open(TargetWord.I386);
        channel = new CommandChannel(device, TargetWord.I386);
        commands = new LguestReqCommands(channel);
    }

    @AfterEach
    void tearDown() {
        if (channel != null) {
            channel.close();
            memory.close();
        }
        arena.close();
    }

    private void boot(X86Code code) throws ErrnoException {
        byte[] bytes = code.toByteArray();
        MemorySegment.copy(bytes, 0, memory.segment(), ValueLayout.JAVA_BYTE, CODE, bytes.length);
        assertThat(commands.initialize(memory.base(), memory.pfnLimit(), CODE)).isEqualTo(12);
    }

    private long text(String s) {
        memory.segment().setString(TEXT, s, StandardCharsets.US_ASCII);
        return TEXT;
    }

    private Descriptor eventfd() throws ErrnoException {
        return Descriptor.adopt(Syscalls.eventfd(0, SysFlags.EFD_CLOEXEC | SysFlags.EFD_NONBLOCK), "eventfd");
    }

    private long count(Descriptor eventfd) throws ErrnoException {
        MemorySegment counter = arena.allocate(8);
        try {
            eventfd.read(counter, 8);
        } catch (ErrnoException e) {
            if (e.errno() == Errno.EAGAIN) {
                return 0;
            }
            throw e;
        }
        return counter.get(ValueLayout.JAVA_LONG, 0);
    }

    private void interruptLater() {
        Thread runner = Thread.currentThread();
        CompletableFuture.runAsync(() -> device.interrupt(runner),
                CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS));
    }

    @Test
    void aNotifyWithoutEventfdIsReturnedAndTheShutdownMessageIsTheDeath() throws ErrnoException {
        boot(new X86Code().out32(KvmDevice.NOTIFY_PORT, 0x1234).out32(KvmDevice.NOTIFY_PORT, 0)
                .out32(KvmDevice.SHUTDOWN_PORT, text("Power down")).haltForever());
        assertThat(channel.run()).isEqualTo(new RunResult.Notify(0x1234));
        assertThat(channel.run()).isEqualTo(new RunResult.Died("CRASH: Power down"));
        assertThat(channel.run()).isEqualTo(new RunResult.Died("CRASH: Power down"));
        assertThatThrownBy(() -> commands.irq(1)).isInstanceOfSatisfying(ErrnoException.class,
                e -> assertThat(e.errno()).isEqualTo(Errno.ENOENT));
    }

    @Test
    void theRestartPortIsErestart() throws ErrnoException {
        boot(new X86Code().out32(KvmDevice.RESTART_PORT, text("reboot")).haltForever());
        assertThat(channel.run()).isEqualTo(new RunResult.Restart());
    }

    @Test
    void anAttachedEventfdIsSignalledInTheKernelWithoutAnExit() throws ErrnoException {
        boot(new X86Code().out32(KvmDevice.NOTIFY_PORT, 0x8000).out32(KvmDevice.NOTIFY_PORT, 0x8000)
                .out32(KvmDevice.NOTIFY_PORT, 0x9000).haltForever());
        try (Descriptor kick = eventfd()) {
            assertThat(commands.eventfd(0x8000, kick.fd())).isZero();
            assertThat(channel.run()).isEqualTo(new RunResult.Notify(0x9000));
            assertThat(count(kick)).isEqualTo(2);
            assertThat(device.eventfdCounts()).containsExactly(1, 0);
        }
    }

    @Test
    void ofSeveralEventfdsOnOneAddressOnlyTheFirstIsSignalledAsLguestDid() throws ErrnoException {
        boot(new X86Code().out32(KvmDevice.NOTIFY_PORT, 0x8000).out32(KvmDevice.NOTIFY_PORT, 0x9000).haltForever());
        try (Descriptor first = eventfd(); Descriptor second = eventfd()) {
            assertThat(commands.eventfd(0x8000, first.fd())).isZero();
            assertThat(commands.eventfd(0x8000, second.fd())).isZero();
            assertThat(channel.run()).isEqualTo(new RunResult.Notify(0x9000));
            assertThat(count(first)).isEqualTo(1);
            assertThat(count(second)).isZero();
            assertThat(device.eventfdCounts()).containsExactly(1, 1);
        }
    }

    @Test
    void kvmItselfRefusesASecondIoeventfdOnOneAddressWithEexist() throws ErrnoException {
        try (Descriptor kvm = Descriptor.open("/dev/kvm", SysFlags.O_RDWR);
                Descriptor vm = Descriptor.adopt(Kvm.KVM_CREATE_VM_REQUEST.issue(kvm), "vm");
                Descriptor first = eventfd(); Descriptor second = eventfd()) {
            KvmIoeventfd io = KvmIoeventfd.allocate(arena).addr(KvmDevice.NOTIFY_PORT).len(4).datamatch(0x8000)
                    .flags(Kvm.KVM_IOEVENTFD_FLAG_PIO | Kvm.KVM_IOEVENTFD_FLAG_DATAMATCH);
            assertThat(Kvm.KVM_IOEVENTFD_REQUEST.issue(vm, io.fd(first.fd()).segment())).isZero();
            assertThatThrownBy(() -> Kvm.KVM_IOEVENTFD_REQUEST.issue(vm, io.fd(second.fd()).segment()))
                    .isInstanceOfSatisfying(ErrnoException.class, e -> assertThat(e.errno()).isEqualTo(Errno.EEXIST));
            assertThat(Kvm.KVM_IOEVENTFD_REQUEST.issue(vm, io.datamatch(0x9000).segment())).isZero();
        }
    }

    @Test
    void aGuestHaltedWithInterruptsOffSleepsInRunUntilAnIrqWakesItWithTheIrqsInEax() throws Exception {
        boot(new X86Code().cli().hlt().outEax(KvmDevice.NOTIFY_PORT).haltForever());
        AtomicBoolean raised = new AtomicBoolean();
        CompletableFuture<Void> irq = CompletableFuture.runAsync(() -> {
            try {
                raised.set(true);
                commands.irq(IRQ);
            } catch (ErrnoException e) {
                throw new IllegalStateException(e);
            }
        }, CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));
        assertThat(channel.run()).isEqualTo(new RunResult.Notify(1 << IRQ));
        assertThat(raised).isTrue();
        irq.get(10, TimeUnit.SECONDS);
    }

    @Test
    void anIrqIsInjectedIntoAGuestWithInterruptsOnThroughItsIdtExceptOnKvmPvmWhichIgnoresTheIdt()
            throws Exception {
        // the IDT's gate for irq 5: a 64-bit interrupt gate to HANDLER in code selector 0x08
        MemorySegment gate = memory.at(IDT + 16L * (KvmDevice.FIRST_IRQ_VECTOR + IRQ), 16);
        gate.set(ValueLayout.JAVA_SHORT_UNALIGNED, 0, (short) HANDLER);
        gate.set(ValueLayout.JAVA_SHORT_UNALIGNED, 2, (short) 0x08);
        gate.set(ValueLayout.JAVA_SHORT_UNALIGNED, 4, (short) 0x8E00);
        MemorySegment idtr = memory.at(IDTR, 10);
        idtr.set(ValueLayout.JAVA_SHORT_UNALIGNED, 0, (short) (16 * 64 - 1));
        idtr.set(ValueLayout.JAVA_LONG_UNALIGNED, 2, IDT);
        byte[] handler = new X86Code().out32(KvmDevice.NOTIFY_PORT, 0x7777).iretq().toByteArray();
        MemorySegment.copy(handler, 0, memory.segment(), ValueLayout.JAVA_BYTE, HANDLER, handler.length);
        boot(new X86Code().stack(0x10000).lidt(IDTR).sti().haltForever());
        CompletableFuture<Void> irq = CompletableFuture.runAsync(() -> {
            try {
                commands.irq(IRQ);
            } catch (ErrnoException e) {
                throw new IllegalStateException(e);
            }
        }, CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));
        RunResult result = channel.run();
        irq.get(10, TimeUnit.SECONDS);
        if (Files.exists(Path.of("/sys/module/kvm_pvm"))) {
            assertThat(result).isInstanceOfSatisfying(RunResult.Died.class,
                    d -> assertThat(d.reason()).startsWith("triple fault"));
        } else {
            assertThat(result).isEqualTo(new RunResult.Notify(0x7777));
        }
    }

    @Test
    void aSpinningGuestIsInterruptedFromAnotherThreadAndStaysIntact() throws ErrnoException {
        boot(new X86Code().spin());
        interruptLater();
        assertThat(channel.run()).isEqualTo(new RunResult.Interrupted());
        interruptLater();
        assertThat(channel.run()).isEqualTo(new RunResult.Interrupted());
        assertThat(commands.irq(1)).isZero();
    }

    @Test
    void aGuestHaltedWithInterruptsOffIsInterrupted() throws ErrnoException {
        boot(new X86Code().cli().haltForever());
        interruptLater();
        assertThat(channel.run()).isEqualTo(new RunResult.Interrupted());
    }

    @Test
    void anInterruptAfterCloseDoesNothing() throws ErrnoException {
        boot(new X86Code().spin());
        channel.close();
        device.interrupt(Thread.currentThread());
        assertThat(Thread.interrupted()).isFalse();
    }

    @Test
    void aTripleFaultKillsTheGuest() throws ErrnoException {
        boot(new X86Code().ud2());
        assertThat(channel.run()).isInstanceOfSatisfying(RunResult.Died.class, d -> assertThat(d.reason())
                .startsWith("triple fault: the guest could not handle an exception (KVM_EXIT_SHUTDOWN) at rip"));
    }

    @Test
    void anAccessOutsideGuestMemoryKillsTheGuest() throws ErrnoException {
        boot(new X86Code().load32(0x2000_0000).spin());
        assertThat(channel.run()).isEqualTo(new RunResult.Died("bad access: the guest read 4 bytes at guest-physical"
                + " 0x20000000, outside its memory [0, 0x100000) at rip 0x1000"));
    }

    @Test
    void anUnexpectedPortKillsTheGuest() throws ErrnoException {
        boot(new X86Code().out32(0x80, 1).spin());
        assertThat(channel.run()).isInstanceOfSatisfying(RunResult.Died.class,
                d -> assertThat(d.reason()).startsWith("unexpected I/O: out of 4 bytes at port 0x80"));
    }

    @Test
    void aShutdownMessageOutsideTheGuestKillsItWithBadReadAddress() throws ErrnoException {
        boot(new X86Code().out32(KvmDevice.SHUTDOWN_PORT, 0xFFFF_FFF0L).spin());
        assertThat(channel.run()).isEqualTo(new RunResult.Died("bad read address 0xfffffff0 len 128"));
    }

    @Test
    void aStartOutsideGuestMemoryIsTheDeathOfTheFirstRun() throws ErrnoException {
        assertThat(commands.initialize(memory.base(), memory.pfnLimit(), 0x100000)).isEqualTo(12);
        assertThat(channel.run()).isEqualTo(new RunResult.Died("bad start 0x100000: outside guest memory [0, 0x100000)"));
    }

    @Test
    void aBaseThatIsNoGuestMemoryIsTheDeathOfTheFirstRun() throws ErrnoException {
        long elsewhere = memory.base() + (64L << 20);
        assertThat(commands.initialize(elsewhere, 16, 0)).isEqualTo(12);
        assertThat(channel.run()).isEqualTo(new RunResult.Died("bad guest memory: no launcher mapping holds base 0x"
                + Long.toHexString(elsewhere) + " + 0x10000 bytes"));
    }

    @Test
    void aThousandGuestsLeaveNoDescriptorAndNoMappingBehind() throws Exception {
        final int jvmSlack = 8;
        runOneGuest();
        long fds = ProcSelf.descriptors();
        long maps = ProcSelf.mappings();
        long kvmMaps = ProcSelf.mappingsNamed("kvm");
        for (int i = 0; i < 1000; i++) {
            runOneGuest();
        }
        assertThat(ProcSelf.descriptors()).isEqualTo(fds);
        // Each guest maps its vCPU's run area from the vCPU descriptor ("anon_inode:kvm-vcpu:0") and its
        // page tables anonymously: the first must come back exactly; a leak of the second would be a
        // thousand mappings, while the JVM itself may add a few meanwhile (a thread stack, code cache).
        assertThat(ProcSelf.mappingsNamed("kvm")).isEqualTo(kvmMaps);
        assertThat(ProcSelf.mappings()).isLessThanOrEqualTo(maps + jvmSlack);
    }

    private void runOneGuest() throws ErrnoException, IOException {
        try (KvmDevice d = KvmDevice.open(TargetWord.I386); CommandChannel c = new CommandChannel(d, TargetWord.I386);
                Descriptor kick = eventfd()) {
            byte[] bytes = new X86Code().out32(KvmDevice.NOTIFY_PORT, 0x8000)
                    .out32(KvmDevice.SHUTDOWN_PORT, text("bye")).haltForever().toByteArray();
            MemorySegment.copy(bytes, 0, memory.segment(), ValueLayout.JAVA_BYTE, CODE, bytes.length);
            LguestReqCommands cmds = new LguestReqCommands(c);
            cmds.initialize(memory.base(), memory.pfnLimit(), CODE);
            cmds.eventfd(0x8000, kick.fd());
            assertThat(ProcSelf.mappingsNamed("kvm")).as("the vCPU's run area is mapped while the guest lives")
                    .isPositive();
            assertThat(c.run()).isEqualTo(new RunResult.Died("CRASH: bye"));
        }
    }
}
