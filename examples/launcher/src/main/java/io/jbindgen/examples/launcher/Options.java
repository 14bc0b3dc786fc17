package io.jbindgen.examples.launcher;

import java.nio.file.Path;

/** The launcher's command line: {@code [--device kvm|PATH] [--guest FILE] [--timeout SECONDS]}. */
record Options(String device, Path guest, long timeoutSeconds) {
    boolean kvm() {
        return "kvm".equals(device);
    }

    /** {@return the options, or null for bad usage} */
    static Options parse(String[] args) {
        String device = null;
        Path guest = null;
        long timeout = 0;
        for (int i = 0; i < args.length; i++) {
            if (i + 1 >= args.length) {
                return null;
            }
            switch (args[i]) {
                case "--device" -> device = args[++i];
                case "--guest" -> guest = Path.of(args[++i]);
                case "--timeout" -> {
                    try {
                        timeout = Long.parseLong(args[++i]);
                    } catch (NumberFormatException e) {
                        return null;
                    }
                    if (timeout <= 0) {
                        return null;
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        return guest != null && !"kvm".equals(device) ? null : new Options(device, guest, timeout);
    }
}
