package io.jbindgen.lguest.kvm;

import io.jbindgen.posix.SysFlags;
import io.jbindgen.posix.Syscalls;
import io.jbindgen.runtime.sys.ErrnoException;

/**
 * Gets one thread out of a blocking system call ({@code KVM_RUN}) from another: {@code tgkill} with
 * {@code SIGPIPE}, for which the JVM has a handler that does nothing, so the call returns {@code EINTR}
 * and the thread carries on. A signal that arrives while the thread is outside the call is lost; callers
 * pair it with {@code kvm_run.immediate_exit}, which makes the next {@code KVM_RUN} return {@code EINTR}
 * at once.
 */
final class ThreadKick {
    private static final int PID = (int) ProcessHandle.current().pid();

    private final int tid;

    private ThreadKick(int tid) {
        this.tid = tid;
    }

    /** {@return a kick for the calling thread} */
    static ThreadKick forCurrentThread() {
        return new ThreadKick(Syscalls.gettid());
    }

    /** Signals the thread; a thread that has exited is left alone. */
    void kick() {
        try {
            Syscalls.tgkill(PID, tid, SysFlags.SIGPIPE);
        } catch (ErrnoException e) {
            // ESRCH: the thread is gone, and with it the call to interrupt
        }
    }
}
