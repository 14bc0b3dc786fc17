package io.jbindgen.maven.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * One generated file as the manifest remembers it: the SHA-256 of the bytes written, and the size and
 * modification time the file had afterwards. The up-to-date check compares size and time only (a
 * {@code stat}, as make and git do), so it reads no generated file; any difference sends the run
 * through the generator, which compares bytes before writing.
 *
 * @param sha256 hex SHA-256 of the content
 * @param size the size in bytes, or -1 when unknown
 * @param modifiedMillis the last-modified time in milliseconds, or -1 when unknown
 */
public record OutputEntry(String sha256, long size, long modifiedMillis) {

    /** The entry of a file a run may have written before it stopped: never matches anything. */
    static final OutputEntry UNKNOWN = new OutputEntry("0".repeat(64), -1, -1);

    public OutputEntry {
        Objects.requireNonNull(sha256, "sha256");
    }

    /** {@return the entry for {@code file}, just written or verified to hold content of {@code sha256}} */
    static OutputEntry of(String sha256, Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new OutputEntry(sha256, attributes.size(), attributes.lastModifiedTime().toMillis());
    }

    /** {@return whether {@code file} still has this entry's size and modification time} */
    boolean matches(Path file) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.isRegularFile() && attributes.size() == size
                    && attributes.lastModifiedTime().toMillis() == modifiedMillis;
        } catch (NoSuchFileException e) {
            return false;
        }
    }
}
