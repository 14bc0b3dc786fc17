package io.jbindgen.lguest.emulated;

/**
 * The guest the emulated device runs: Java code in place of a guest kernel. It runs on its own thread,
 * and only while the launcher is inside {@code run()} (a {@code pread}), as a real guest runs only
 * inside the launcher's read. It ends by {@link Guest#shutdown shutting down} or {@link Guest#kill
 * dying}; returning, or throwing, kills the guest with a reason saying so.
 */
@FunctionalInterface
public interface GuestProgram {

    /**
     * Runs the guest.
     *
     * @param guest the guest's view of its machine: memory, hypercalls, interrupts
     * @throws Exception anything the program throws kills the guest with a reason naming it
     */
    void run(Guest guest) throws Exception;
}
