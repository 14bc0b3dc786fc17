package io.jbindgen.output;

import java.util.Objects;

/**
 * One generated source file, as data: writing it is the caller's job.
 *
 * @param path the path relative to the output root, {@code /}-separated (e.g. {@code io/x/Foo.java});
 *     never absolute and never containing {@code ..}
 * @param content the file's complete text
 */
public record GeneratedFile(String path, String content) {
    public GeneratedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\")
                || java.util.Arrays.asList(path.split("/")).contains("..")) {
            throw new IllegalArgumentException("not a relative output path: " + path);
        }
    }
}
