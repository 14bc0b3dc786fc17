package org.example.app;

import static org.example.lg.LguestDeviceDesc.CONFIG_OFFSET;

import org.example.lg.LguestLauncher;
import org.example.lg.LguestReqCommands;

class Unchanged {
    long shadow() {
        long CONFIG_OFFSET = 7;
        return CONFIG_OFFSET;
    }

    long irq(LguestReqCommands commands) throws Exception {
        return commands.irq(LguestLauncher.LHREQ_IRQ);
    }

    int type(org.example.lg.LguestDeviceDesc desc) {
        return desc.type();
    }

    int other(org.example.other.LguestDeviceDesc desc) {
        return desc.status() + (int) org.example.other.LguestDeviceDesc.CONFIG_OFFSET;
    }
}
