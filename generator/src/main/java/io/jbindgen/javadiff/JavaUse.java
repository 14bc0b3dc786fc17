package io.jbindgen.javadiff;

import java.util.List;

/**
 * One use, in the project's own code, of a generated type or member that changed.
 *
 * @param file the source file, as the caller named it
 * @param line the line (1-based)
 * @param column the column (1-based)
 * @param used what is used, as a Java caller writes it ({@code LguestDeviceDesc.config()})
 * @param reasons why it matters: the Java and C changes behind it, as phrases
 */
public record JavaUse(String file, int line, int column, String used, List<String> reasons) {
    public JavaUse {
        reasons = List.copyOf(reasons);
    }

    /** {@return {@code Launcher.java:42:17: uses LguestDeviceDesc.config(), whose offset moved from 5 to 8 in ...}} */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": uses " + used + ", " + String.join("; ", reasons);
    }
}
