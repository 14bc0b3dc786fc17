/**
 * The example lguest launcher (the README's main job), its Java guest for the emulated device and the
 * loader of its x86-64 guest for the KVM backend ({@code src/main/guest/hello_guest.S}).
 */
package io.jbindgen.examples.launcher;
