package io.jbindgen.examples.launcher;

import io.jbindgen.lguest.LguestDevice;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code --timeout}: interrupts the guest's run on the launcher's thread once the time has passed
 * ({@link LguestDevice#interrupt(Thread)}), so that the run reports the interruption.
 */
final class Deadline implements AutoCloseable {
    private final long seconds;
    private final ScheduledExecutorService timer;
    private volatile boolean passed;

    Deadline(LguestDevice device, long seconds) {
        this.seconds = seconds;
        this.timer = seconds <= 0 ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "launcher-timeout");
            t.setDaemon(true);
            return t;
        });
        if (timer != null) {
            Thread runner = Thread.currentThread();
            timer.schedule(() -> {
                passed = true;
                device.interrupt(runner);
            }, seconds, TimeUnit.SECONDS);
        }
    }

    boolean passed() {
        return passed;
    }

    long seconds() {
        return seconds;
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
            try {
                timer.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
