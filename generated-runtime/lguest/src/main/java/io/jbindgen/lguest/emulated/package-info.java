/**
 * The emulated backend: an in-process model of the eventfd-era {@code /dev/lguest}
 * ({@link io.jbindgen.lguest.emulated.EmulatedDevice}) whose guest is a Java
 * {@link io.jbindgen.lguest.emulated.GuestProgram}.
 */
package io.jbindgen.lguest.emulated;
