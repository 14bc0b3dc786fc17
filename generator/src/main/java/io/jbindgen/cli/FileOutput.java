package io.jbindgen.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * Writes output files atomically: the content goes to a temporary file next to the target, which is
 * then moved over it, so a reader never sees a half-written file. A file whose content is already
 * what would be written is left alone (its modification time too).
 */
final class FileOutput {

    private FileOutput() {
    }

    /**
     * Writes {@code relativePath} under {@code root}, refusing any path that leaves the root.
     *
     * @param root the output root
     * @param relativePath a {@code /}-separated relative path
     * @param content the complete text
     * @throws IOException when writing fails or the path leaves the root
     */
    static void writeUnder(Path root, String relativePath, String content) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        Path file = base.resolve(relativePath).normalize();
        if (relativePath.isEmpty() || Path.of(relativePath).isAbsolute() || !file.startsWith(base)
                || file.equals(base)) {
            throw new IOException("refusing to write '" + relativePath + "' outside the output root " + root);
        }
        write(file, content);
    }

    /**
     * Writes {@code file} atomically, creating its parent directories.
     *
     * @param file the file
     * @param content the complete text, written as UTF-8
     * @throws IOException when writing fails
     */
    static void write(Path file, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Path absolute = file.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        if (Files.isRegularFile(absolute) && Files.size(absolute) == bytes.length
                && Arrays.equals(Files.readAllBytes(absolute), bytes)) {
            return;
        }
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        try {
            Files.write(temp, bytes);
            move(temp, absolute);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
