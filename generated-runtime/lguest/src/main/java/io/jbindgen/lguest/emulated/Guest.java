package io.jbindgen.lguest.emulated;

import java.lang.foreign.MemorySegment;

/**
 * What a {@link GuestProgram} sees of its machine: guest-physical memory and the hypercalls of the
 * eventfd era that reach the launcher ({@code LHCALL_NOTIFY}, {@code LHCALL_HALT},
 * {@code LHCALL_SHUTDOWN}) plus interrupt delivery.
 */
public interface Guest {
    /** {@code LGUEST_SHUTDOWN_POWEROFF}. */
    long SHUTDOWN_POWEROFF = 1;
    /** {@code LGUEST_SHUTDOWN_RESTART}. */
    long SHUTDOWN_RESTART = 2;

    /**
     * {@return guest-physical memory: address {@code a} at offset {@code a}, {@code pfnlimit} pages long
     * (an access outside it throws, which kills the guest)}
     */
    MemorySegment memory();

    /** {@return the initial instruction pointer INITIALIZE gave} */
    long start();

    /**
     * {@code LHCALL_NOTIFY}: tells the host about {@code address}. An attached eventfd for the address is
     * signalled and the guest goes on; otherwise the launcher's {@code run()} returns the address and the
     * guest continues when the launcher runs it again. Address 0 is dropped, as in the kernel.
     *
     * @param address a guest-physical address
     */
    void notify(long address);

    /**
     * {@code LHCALL_HALT}: sleeps until an interrupt is pending, then delivers it.
     *
     * @return the interrupt delivered (the lowest pending one, 0 to 31)
     */
    int halt();

    /**
     * {@code LHCALL_SHUTDOWN}: reads a message of up to 128 bytes (NUL-terminated) from guest memory and
     * dies with the reason {@code "CRASH: " + message}, or asks for a restart. Does not return.
     *
     * @param messageAddress the guest-physical address of the message
     * @param how {@link #SHUTDOWN_POWEROFF} or {@link #SHUTDOWN_RESTART}
     */
    void shutdown(long messageAddress, long how);

    /**
     * Dies with a reason, as the host's {@code kill_guest} does (a bad hypercall, a bad address...).
     * Only the first reason is kept. Does not return.
     *
     * @param reason the reason the launcher reads
     */
    void kill(String reason);
}
