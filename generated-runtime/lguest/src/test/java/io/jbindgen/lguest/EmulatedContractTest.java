package io.jbindgen.lguest;

import io.jbindgen.lguest.emulated.EmulatedDevice;

/** The device contract on the emulated backend, whose guest halts for ever. */
class EmulatedContractTest extends DeviceContract {
    @Override
    LguestDevice open() {
        return new EmulatedDevice(TargetWord.I386, guest -> {
            while (true) {
                guest.halt();
            }
        });
    }
}
