package io.jbindgen.maven.incremental;

import io.jbindgen.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes generated files into an output directory the incremental way: a file is written (atomically)
 * only when its bytes differ from what is on disk, so unchanged sources keep their timestamps and
 * javac has nothing to recompile; files listed in the previous manifest and not generated any more
 * are deleted (with directories that become empty); nothing else in the directory is touched. Every
 * path is checked to stay inside the output directory, symbolic links included.
 */
public final class OutputWriter {

    private final Path root;

    /** Creates a writer for {@code outputDirectory} (created on demand). */
    public OutputWriter(Path outputDirectory) {
        this.root = outputDirectory.toAbsolutePath().normalize();
    }

    /**
     * What a write did.
     *
     * @param manifest every generated path mapped to the SHA-256 of its bytes
     * @param written how many files were created or replaced
     * @param deleted how many stale files were deleted
     */
    public record Report(Map<String, String> manifest, int written, int deleted) {
    }

    /**
     * Brings the output directory in line with {@code files}.
     *
     * @param files the complete output of this run
     * @param previous the manifest of this execution's previous run (path → hash)
     * @throws IOException on any I/O failure, or when a path would leave the output directory
     */
    public Report write(List<GeneratedFile> files, Map<String, String> previous) throws IOException {
        Map<String, String> manifest = new TreeMap<>();
        int written = 0;
        for (GeneratedFile file : files) {
            byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
            Path target = confine(file.path());
            if (manifest.put(file.path(), Sha256.hex(bytes)) != null) {
                throw new IOException("generated twice in one run: " + file.path());
            }
            if (!sameBytes(target, bytes)) {
                Files.createDirectories(target.getParent());
                checkRealPathInside(target.getParent(), file.path());
                AtomicFiles.write(target, bytes);
                written++;
            }
        }
        int deleted = 0;
        for (String stale : previous.keySet()) {
            if (!manifest.containsKey(stale) && deleteStale(stale)) {
                deleted++;
            }
        }
        return new Report(manifest, written, deleted);
    }

    /** {@return whether every file of {@code manifest} exists with the recorded hash} */
    public boolean matches(Map<String, String> manifest) throws IOException {
        for (Map.Entry<String, String> entry : manifest.entrySet()) {
            Path file = confine(entry.getKey());
            if (!Files.isRegularFile(file) || !Sha256.hex(Files.readAllBytes(file)).equals(entry.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** {@return the absolute file for a relative output path} @throws IOException if it would leave the root */
    Path confine(String relative) throws IOException {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IOException("refusing to write outside the output directory " + root + ": " + relative);
        }
        return target;
    }

    private void checkRealPathInside(Path directory, String relative) throws IOException {
        if (!directory.toRealPath().startsWith(root.toRealPath())) {
            throw new IOException("refusing to write through a link out of the output directory " + root + ": "
                    + relative);
        }
    }

    private boolean deleteStale(String relative) throws IOException {
        Path file = confine(relative);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        checkRealPathInside(file.getParent(), relative);
        Files.delete(file);
        for (Path dir = file.getParent(); !dir.equals(root); dir = dir.getParent()) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    break;
                }
            }
            Files.delete(dir);
        }
        return true;
    }

    private static boolean sameBytes(Path file, byte[] bytes) throws IOException {
        return Files.isRegularFile(file) && Files.size(file) == bytes.length
                && Arrays.equals(Files.readAllBytes(file), bytes);
    }
}
