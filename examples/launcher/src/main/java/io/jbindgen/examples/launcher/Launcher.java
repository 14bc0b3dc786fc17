package io.jbindgen.examples.launcher;

import io.jbindgen.lguest.CommandChannel;
import io.jbindgen.lguest.DevicePage;
import io.jbindgen.lguest.GuestMemory;
import io.jbindgen.lguest.KernelDevice;
import io.jbindgen.lguest.LguestDevice;
import io.jbindgen.lguest.RunResult;
import io.jbindgen.lguest.TargetWord;
import io.jbindgen.lguest.Virtqueue;
import io.jbindgen.lguest.abi.LguestReqCommands;
import io.jbindgen.lguest.emulated.EmulatedDevice;
import io.jbindgen.lguest.kvm.KvmDevice;
import io.jbindgen.lguest.vring.VirtioConfig;
import io.jbindgen.runtime.sys.ErrnoException;
import java.io.PrintStream;

/**
 * The example lguest launcher: maps guest memory, adds a virtio console with two queues, sends
 * INITIALIZE, attaches an eventfd to the console's transmit queue and runs the guest until it stops.
 * By default the device is the emulated one with a Java guest ({@link HelloGuest}); {@code --device kvm}
 * runs the same commands on {@code /dev/kvm} with a real x86-64 guest ({@code hello-guest.bin}, or
 * {@code --guest FILE}); {@code --device PATH} opens a kernel device node. {@code --timeout SECONDS}
 * interrupts a guest that has not stopped by then (exit status 1).
 */
public final class Launcher {
    private static final long RAM = 16L << 20;
    private static final long DEVICE_PAGES = 256;
    private static final int QUEUE_SIZE = 64;
    private static final String USAGE = "usage: launcher [--device kvm|PATH] [--guest FILE] [--timeout SECONDS]"
            + "   (default: the emulated lguest device; --guest with --device kvm only)";

    private final PrintStream out;

    Launcher(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the launcher.
     *
     * @param args {@code [--device PATH]}
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** {@return the exit status: 0 when the guest ran and stopped, 1 on a failure, 2 on bad usage} */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options = Options.parse(args);
        if (options == null) {
            err.println(USAGE);
            return 2;
        }
        try {
            return new Launcher(out).launch(options);
        } catch (ErrnoException | RuntimeException e) {
            err.println("launcher: " + e.getMessage());
            return 1;
        }
    }

    int launch(Options options) throws ErrnoException {
        try (GuestMemory memory = GuestMemory.map(RAM, DEVICE_PAGES, TargetWord.I386)) {
            DevicePage page = new DevicePage(memory);
            DevicePage.Device console = page.add(HelloGuest.CONSOLE, new int[] {QUEUE_SIZE, QUEUE_SIZE}, new byte[4],
                    new byte[0]);
            DevicePage.Queue transmit = console.queues().get(1);
            long start = 0;
            LguestDevice device;
            if (options.kvm()) {
                start = (options.guest() == null ? GuestImage.hello() : GuestImage.read(options.guest()))
                        .load(memory, page.address());
                device = KvmDevice.open(TargetWord.I386);
            } else if (options.device() == null) {
                device = new EmulatedDevice(TargetWord.I386, new HelloGuest(memory.ramBytes()));
            } else {
                device = KernelDevice.open(options.device());
            }
            out.println("device: " + device.name() + "; guest RAM " + (RAM >> 20) + " MiB, console at 0x"
                    + Long.toHexString(console.address()) + ", transmit ring at 0x"
                    + Long.toHexString(transmit.ringAddress()) + " (irq " + transmit.irq() + ")");
            try (CommandChannel channel = new CommandChannel(device, TargetWord.I386)) {
                LguestReqCommands commands = new LguestReqCommands(channel);
                try (ConsoleService tx = new ConsoleService(
                        new Virtqueue(memory, transmit.ringAddress(), transmit.num(), "console transmit"),
                        transmit.irq(), commands, out);
                        Deadline deadline = new Deadline(device, options.timeoutSeconds())) {
                    commands.initialize(memory.base(), memory.pfnLimit(), start);
                    commands.eventfd(transmit.ringAddress(), tx.eventfd());
                    tx.start();
                    return runGuest(channel, page, console, deadline);
                }
            }
        }
    }

    private int runGuest(CommandChannel channel, DevicePage page, DevicePage.Device console, Deadline deadline)
            throws ErrnoException {
        while (true) {
            switch (channel.run()) {
                case RunResult.Notify(long address) when address == console.address() ->
                    out.println("console status: " + statusText(page.status(console)));
                case RunResult.Notify(long address) -> {
                    out.println("launcher: unexpected notify of 0x" + Long.toHexString(address));
                    return 1;
                }
                case RunResult.Died(String reason) -> {
                    out.println("guest stopped: " + reason);
                    return 0;
                }
                case RunResult.Restart() -> {
                    out.println("guest stopped: it asked for a restart");
                    return 0;
                }
                case RunResult.Interrupted() -> {
                    if (deadline.passed()) {
                        out.println("guest stopped: the launcher interrupted it after " + deadline.seconds()
                                + " s (--timeout)");
                        return 1;
                    }
                    // any other signal: run again, as the reference launcher does
                }
            }
        }
    }

    static String statusText(int status) {
        StringBuilder s = new StringBuilder();
        if ((status & VirtioConfig.VIRTIO_CONFIG_S_ACKNOWLEDGE) != 0) {
            s.append("ACKNOWLEDGE ");
        }
        if ((status & VirtioConfig.VIRTIO_CONFIG_S_DRIVER) != 0) {
            s.append("DRIVER ");
        }
        if ((status & VirtioConfig.VIRTIO_CONFIG_S_DRIVER_OK) != 0) {
            s.append("DRIVER_OK ");
        }
        return s.toString().strip();
    }
}
