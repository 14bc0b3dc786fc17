package org.example.app;

import static org.example.lg.LguestDeviceDesc.CONFIG_OFFSET;
import static org.example.lg.LguestDeviceDesc.*;

class StaticImports {
    long offset() {
        return CONFIG_OFFSET;
    }

    long size() {
        return SIZE;
    }
}
