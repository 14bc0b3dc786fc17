package org.example.other;

/** Not generated: same simple name and members as a generated class. */
public class LguestDeviceDesc {
    public static final long CONFIG_OFFSET = 3;

    public int status() {
        return 0;
    }
}
