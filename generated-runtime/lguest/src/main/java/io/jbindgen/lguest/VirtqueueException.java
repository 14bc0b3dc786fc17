package io.jbindgen.lguest;

/** The guest wrote a ring index, descriptor index, length or address the host refuses. */
public final class VirtqueueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong, naming the queue, the field and the allowed range
     */
    public VirtqueueException(String message) {
        super(message);
    }
}
