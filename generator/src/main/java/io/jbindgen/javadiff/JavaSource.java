package io.jbindgen.javadiff;

import java.util.Objects;

/**
 * One Java source file as text.
 *
 * @param path how reports name the file (relative to its source root, or as the caller prefers)
 * @param content the file's text
 */
public record JavaSource(String path, String content) {
    public JavaSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }
}
