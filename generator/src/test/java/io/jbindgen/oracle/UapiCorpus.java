package io.jbindgen.oracle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A target's kernel uapi headers, from its own sysroot: every {@code *.h} under {@code linux/},
 * {@code asm/}, {@code asm-generic/} and the other uapi directories, recursively, each named by its path
 * below the include directory (as {@code #include <...>} names it).
 */
final class UapiCorpus {
    /** The uapi directories linux-libc-dev (and its -cross variants) install. */
    static final List<String> DIRECTORIES = List.of("linux", "asm", "asm-generic", "drm", "misc", "mtd", "rdma",
            "scsi", "sound", "video", "xen");

    private UapiCorpus() {
    }

    /** {@return include name to file, sorted by name; each directory from the first include directory that has it} */
    static Map<String, Path> headers(List<Path> includeDirs) {
        Map<String, Path> out = new LinkedHashMap<>();
        for (String sub : DIRECTORIES) {
            for (Path dir : includeDirs) {
                Path root = dir.resolve(sub);
                if (Files.isDirectory(root)) {
                    for (Path h : list(root)) {
                        out.put(dir.relativize(h).toString(), h);
                    }
                    break;
                }
            }
        }
        List<String> names = new ArrayList<>(out.keySet());
        names.sort(null);
        Map<String, Path> sorted = new LinkedHashMap<>();
        names.forEach(n -> sorted.put(n, out.get(n)));
        return sorted;
    }

    /** {@return every {@code n}-th header of {@code all} (by sorted name), starting with the first} */
    static Map<String, Path> sample(Map<String, Path> all, int n) {
        Map<String, Path> out = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, Path> e : all.entrySet()) {
            if (i++ % n == 0) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    private static List<Path> list(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".h") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
