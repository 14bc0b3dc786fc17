/**
 * The library lguest launchers consume: the {@link io.jbindgen.lguest.CommandChannel} that encodes
 * LHREQ commands in the target's words, the {@link io.jbindgen.lguest.LguestDevice} interface with its
 * kernel ({@link io.jbindgen.lguest.KernelDevice}) and emulated backends, {@link io.jbindgen.lguest.GuestMemory},
 * the {@link io.jbindgen.lguest.DevicePage} builder and the host side of split vrings
 * ({@link io.jbindgen.lguest.Virtqueue}). The bindings it builds on are generated on every build:
 * {@code io.jbindgen.lguest.abi} from {@code lguest_launcher.h} (i386) and {@code io.jbindgen.lguest.vring}
 * from {@code linux/virtio_ring.h}.
 */
package io.jbindgen.lguest;
