package io.jbindgen.lguest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Counts what the process holds, from {@code /proc/self}. */
final class ProcSelf {
    private ProcSelf() {
    }

    static long descriptors() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }

    static long mappings() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/maps")).size();
    }

    /** {@return the mappings whose path names contain {@code part}, such as {@code kvm} for a vCPU's run area} */
    static long mappingsNamed(String part) throws IOException {
        return Files.readAllLines(Path.of("/proc/self/maps")).stream().filter(line -> line.contains(part)).count();
    }
}
