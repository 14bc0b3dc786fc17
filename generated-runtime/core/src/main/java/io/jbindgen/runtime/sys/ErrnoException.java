package io.jbindgen.runtime.sys;

import java.io.IOException;

/**
 * A system call failed: names the call, the errno's symbolic name and number, and what it was called on
 * (a path or {@code fd N}), e.g. {@code pwrite on /dev/full (fd 7): ENOSPC (errno 28)}.
 */
public class ErrnoException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String call;
    private final int errno;
    private final String subject;

    /**
     * Creates the exception.
     *
     * @param call the system call, such as {@code "pwrite"}
     * @param errno the errno value it left
     * @param subject what it was called on: a path or {@code fd N}
     */
    public ErrnoException(String call, int errno, String subject) {
        this(call, errno, subject, null);
    }

    /**
     * Creates the exception with a hint appended to the message.
     *
     * @param call the system call, such as {@code "open"}
     * @param errno the errno value it left
     * @param subject what it was called on: a path or {@code fd N}
     * @param hint what the user can do about it, or {@code null}
     */
    public ErrnoException(String call, int errno, String subject, String hint) {
        super(call + " on " + subject + ": " + Errno.name(errno) + " (errno " + errno + ")"
                + (hint == null ? "" : ". " + hint));
        this.call = call;
        this.errno = errno;
        this.subject = subject;
    }

    /** {@return the system call that failed} */
    public String call() {
        return call;
    }

    /** {@return the errno value} */
    public int errno() {
        return errno;
    }

    /** {@return the errno's symbolic name} */
    public String errnoName() {
        return Errno.name(errno);
    }

    /** {@return what the call was made on: a path or {@code fd N}} */
    public String subject() {
        return subject;
    }
}
