package io.jbindgen.lguest.emulated;

/** Unwinds a guest program's thread once the guest is dead or its device released. */
final class GuestStopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GuestStopped() {
        super(null, null, false, false);
    }
}
