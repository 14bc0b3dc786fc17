package io.jbindgen.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one way jbindgen writes an output file. A path that is a regular file, or nothing yet, is
 * replaced atomically: the bytes go to a temporary sibling, which is then moved over it, so a reader
 * never sees half a file. The new file gets the permissions a normal file gets (the umask's, or the
 * mode of the file it replaces), never the owner-only mode of {@code Files.createTempFile}. A path
 * that exists as anything else (a character device such as {@code /dev/null}, a FIFO, a symbolic
 * link such as {@code /dev/stdout}) is opened and written through, never replaced: replacing
 * {@code /dev/null} by a regular file breaks the machine. A regular file that already holds exactly
 * the bytes is left alone, its modification time too.
 */
public final class OutputFiles {

    private OutputFiles() {
    }

    /**
     * Writes {@code text} as UTF-8 to {@code file}, creating its parent directories.
     *
     * @param file the file
     * @param text the complete content
     * @return whether anything was written ({@code false}: a regular file already held the bytes)
     * @throws IOException when writing fails
     */
    public static boolean write(Path file, String text) throws IOException {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes {@code bytes} to {@code file}, creating its parent directories.
     *
     * @param file the file
     * @param bytes the complete content
     * @return whether anything was written ({@code false}: a regular file already held the bytes)
     * @throws IOException when writing fails
     */
    public static boolean write(Path file, byte[] bytes) throws IOException {
        Path absolute = file.toAbsolutePath();
        BasicFileAttributes existing = attributes(absolute);
        if (existing != null && !existing.isRegularFile()) {
            try (OutputStream out = Files.newOutputStream(absolute, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(bytes);
            }
            return true;
        }
        if (existing != null && existing.size() == bytes.length
                && Arrays.equals(Files.readAllBytes(absolute), bytes)) {
            return false;
        }
        Files.createDirectories(absolute.getParent());
        replace(absolute, bytes, existing != null);
        return true;
    }

    /**
     * {@return the file {@code relativePath} names under {@code root}}
     *
     * @param root the output root
     * @param relativePath a {@code /}-separated relative path
     * @throws IOException when the path is empty, absolute or leaves the root
     */
    public static Path under(Path root, String relativePath) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        Path file = base.resolve(relativePath).normalize();
        if (relativePath.isEmpty() || Path.of(relativePath).isAbsolute() || !file.startsWith(base)
                || file.equals(base)) {
            throw new IOException("refusing to write outside the output directory " + root + ": " + relativePath);
        }
        return file;
    }

    /**
     * Deletes {@code file} when it is a regular file (not following links); anything else is left alone.
     *
     * @param file the file
     * @return whether a file was deleted
     * @throws IOException when deleting fails
     */
    public static boolean deleteIfRegular(Path file) throws IOException {
        BasicFileAttributes existing = attributes(file);
        if (existing == null || !existing.isRegularFile()) {
            return false;
        }
        Files.delete(file);
        return true;
    }

    /** {@return the attributes of {@code file} itself (not of a link's target), or {@code null} when absent} */
    private static BasicFileAttributes attributes(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static void replace(Path target, byte[] bytes, boolean keepMode) throws IOException {
        // Not Files.createTempFile: that makes the file owner-only, and the move would keep that.
        Path temp = target.resolveSibling("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            if (keepMode) {
                copyMode(target, temp);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void copyMode(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (source != null) {
            Files.setPosixFilePermissions(to, source.readAttributes().permissions());
        }
    }
}
