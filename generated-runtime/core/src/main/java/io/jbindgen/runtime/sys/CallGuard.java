package io.jbindgen.runtime.sys;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the calls in flight on something closeable, the way the kernel counts references to an open
 * file: {@link #close()} marks it closed at once (later {@link #enter} calls fail with {@code EBADF}),
 * and the release action runs when the last call in flight {@link #exit exits}, or at once when none
 * is. Lock-free and allocation-free on the call path.
 */
public final class CallGuard {
    private static final long CLOSED = 1L << 62;

    private final String name;
    private final Runnable release;
    private final AtomicLong state = new AtomicLong();

    /**
     * Creates a guard.
     *
     * @param name what is guarded, for the {@code EBADF} message
     * @param release what to run once closed and idle (exactly once)
     */
    public CallGuard(String name, Runnable release) {
        this.name = name;
        this.release = release;
    }

    /**
     * Enters a call.
     *
     * @param call the call's name, for the message
     * @throws ErrnoException {@code EBADF} once closed
     */
    public void enter(String call) throws ErrnoException {
        long s;
        do {
            s = state.get();
            if ((s & CLOSED) != 0) {
                throw new ErrnoException(call, Errno.EBADF, name + " (closed)");
            }
        } while (!state.compareAndSet(s, s + 1));
    }

    /** Exits a call entered with {@link #enter}. */
    public void exit() {
        if (state.decrementAndGet() == CLOSED) {
            release.run();
        }
    }

    /** {@return whether {@link #close()} was called} */
    public boolean isClosed() {
        return (state.get() & CLOSED) != 0;
    }

    /** Marks closed; releases now if no call is in flight. Closing twice is harmless. */
    public void close() {
        long s;
        do {
            s = state.get();
            if ((s & CLOSED) != 0) {
                return;
            }
        } while (!state.compareAndSet(s, s | CLOSED));
        if (s == 0) {
            release.run();
        }
    }
}
