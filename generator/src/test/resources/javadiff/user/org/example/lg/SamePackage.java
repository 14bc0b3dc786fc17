package org.example.lg;

class SamePackage {
    long request() {
        return LguestLauncher.LHREQ_IRQ;
    }

    int status(LguestDeviceDesc desc) {
        var d = desc;
        return d.status(1).status();
    }
}
