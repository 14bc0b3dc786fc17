package org.example.app;

import org.example.lg.LguestDeviceDesc;
import org.example.lg.LguestReqCommands;

class Imports {
    int status(LguestDeviceDesc desc) {
        return desc.status();
    }

    void init(LguestReqCommands commands) throws Exception {
        commands.initialize(1, 2, 3, 4);
    }

    long type(LguestDeviceDesc desc) {
        return desc.type();
    }
}
