/**
 * The KVM backend of the lguest device: {@link io.jbindgen.lguest.kvm.KvmDevice} executes the same
 * LHREQ commands as the kernel and emulated backends on {@code /dev/kvm}, with a real x86-64 guest in
 * 64-bit long mode. Every KVM structure, constant and ioctl request it uses comes from the bindings the
 * plugin generates from the system's {@code linux/kvm.h} ({@code io.jbindgen.lguest.kvm.abi}).
 */
package io.jbindgen.lguest.kvm;
