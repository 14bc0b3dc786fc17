/**
 * Guest-side helpers for Java guest programs of the emulated device: the driver half of a split vring.
 */
package io.jbindgen.lguest.guest;
