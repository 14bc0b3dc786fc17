package io.jbindgen.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads the {@code .java} files under a source root, for the Java side of an ABI report. */
public final class JavaSourceTree {
    private JavaSourceTree() {
    }

    /**
     * Reads every {@code .java} file under {@code root}.
     *
     * @param root the source root; a missing directory has no sources
     * @param label how reports name the files: {@code label/} then the path under the root ("" for none)
     * @return the contents by report path, sorted
     * @throws IOException when a file cannot be read
     */
    public static Map<String, String> read(Path root, String label) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                out.put(label.isEmpty() ? relative : label + "/" + relative,
                        Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
