package io.jbindgen.examples.launcher;

import io.jbindgen.lguest.Virtqueue;
import io.jbindgen.lguest.abi.LguestReqCommands;
import io.jbindgen.posix.Descriptor;
import io.jbindgen.posix.SysFlags;
import io.jbindgen.posix.Syscalls;
import io.jbindgen.posix.libc.Errno;
import io.jbindgen.runtime.sys.ErrnoException;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;

/**
 * The console's transmit queue service, as the reference launcher runs one thread per virtqueue: it
 * waits in {@code poll} on the queue's eventfd (and a stop eventfd), takes what the guest made
 * available, prints it, returns the buffers used and raises the queue's interrupt.
 */
final class ConsoleService implements AutoCloseable {
    private final Virtqueue queue;
    private final int irq;
    private final LguestReqCommands commands;
    private final PrintStream out;
    private final Descriptor kick;
    private final Descriptor stop;
    private final Arena arena = Arena.ofShared();
    private final Thread thread;
    private volatile Throwable failure;

    ConsoleService(Virtqueue queue, int irq, LguestReqCommands commands, PrintStream out) throws ErrnoException {
        this.queue = queue;
        this.irq = irq;
        this.commands = commands;
        this.out = out;
        this.kick = Descriptor.adopt(Syscalls.eventfd(0, SysFlags.EFD_CLOEXEC | SysFlags.EFD_NONBLOCK), "transmit eventfd");
        this.stop = Descriptor.adopt(Syscalls.eventfd(0, SysFlags.EFD_CLOEXEC), "stop eventfd");
        this.thread = Thread.ofPlatform().name("console-tx").unstarted(this::loop);
    }

    /** {@return the eventfd the device signals when the guest notifies the queue} */
    int eventfd() {
        return kick.fd();
    }

    void start() {
        thread.start();
    }

    private void loop() {
        MemorySegment fds = arena.allocate(16, 8);
        fds.set(ValueLayout.JAVA_INT, 0, kick.fd());
        fds.set(ValueLayout.JAVA_SHORT, 4, SysFlags.POLLIN);
        fds.set(ValueLayout.JAVA_INT, 8, stop.fd());
        fds.set(ValueLayout.JAVA_SHORT, 12, SysFlags.POLLIN);
        MemorySegment counter = arena.allocate(8, 8);
        try {
            while (true) {
                Syscalls.poll(fds, 2, -1);
                if (fds.get(ValueLayout.JAVA_SHORT, 14) != 0) {
                    return;
                }
                if (fds.get(ValueLayout.JAVA_SHORT, 6) != 0) {
                    kick.read(counter, 8);
                    drain(true);
                }
            }
        } catch (Throwable t) {
            failure = t;
        }
    }

    /** Services every available buffer; with {@code interrupt}, raises the queue's irq afterwards. */
    synchronized void drain(boolean interrupt) throws ErrnoException {
        boolean any = false;
        for (var chain = queue.next(); chain.isPresent(); chain = queue.next()) {
            out.println("guest sent: " + new String(chain.get().readable(), StandardCharsets.UTF_8));
            queue.pushUsed(chain.get(), 0);
            any = true;
        }
        if (any && interrupt) {
            try {
                commands.irq(irq);
            } catch (ErrnoException e) {
                // ENOENT: the guest died (powered off) after making the buffers available; nothing is left
                // to interrupt. The launcher learns of the death from run().
                if (e.errno() != Errno.ENOENT) {
                    throw e;
                }
            }
        }
    }

    /** Stops the thread, services what is left, and reports a failure of the thread. */
    @Override
    public void close() throws ErrnoException {
        try (arena; kick; stop) {
            MemorySegment one = arena.allocate(8, 8);
            one.set(ValueLayout.JAVA_LONG, 0, 1);
            stop.write(one, 8);
            thread.join();
            drain(false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure instanceof ErrnoException e) {
            throw e;
        } else if (failure != null) {
            throw new IllegalStateException("console service failed: " + failure, failure);
        }
    }
}
