package org.example.app;

class Qualified {
    long config(java.lang.foreign.MemorySegment s) {
        return org.example.lg.LguestDeviceDesc.at(s).configLen();
    }
}
