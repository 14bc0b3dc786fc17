package io.jbindgen.lguest;

/** Why one {@link CommandChannel#run()} came back. */
public sealed interface RunResult {

    /**
     * The guest notified an address no eventfd is attached to (a virtqueue before its device started, a
     * device descriptor after a status change, or an early-console string).
     *
     * @param address the guest-physical address the guest passed to {@code LHCALL_NOTIFY}
     */
    record Notify(long address) implements RunResult {
    }

    /**
     * The guest is dead ({@code ENOENT}); the reason was read the way the launcher did, with a second
     * read of up to 1023 bytes.
     *
     * @param reason the reason, such as {@code "CRASH: Power down"}
     */
    record Died(String reason) implements RunResult {
    }

    /** The guest asked to be restarted ({@code ERESTART}): a launcher re-executes itself. */
    record Restart() implements RunResult {
    }

    /** The read was interrupted ({@code EINTR}); the guest is intact and a later run resumes it. */
    record Interrupted() implements RunResult {
    }
}
