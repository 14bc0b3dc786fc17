package io.jbindgen.maven.incremental;

import io.jbindgen.output.GeneratedFile;
import io.jbindgen.output.OutputFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
     * @param manifest every generated path mapped to its hash, size and modification time
     * @param written how many files were created or replaced
     * @param deleted how many stale files were deleted
     */
    public record Report(Map<String, OutputEntry> manifest, int written, int deleted) {
    }

    /**
     * Brings the output directory in line with {@code files}.
     *
     * @param files the complete output of this run
     * @param previous the manifest of this execution's previous run
     * @throws IOException on any I/O failure, or when a path would leave the output directory
     */
    public Report write(List<GeneratedFile> files, Map<String, OutputEntry> previous) throws IOException {
        Map<String, OutputEntry> manifest = new TreeMap<>();
        int written = 0;
        for (GeneratedFile file : files) {
            byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
            Path target = confine(file.path());
            if (manifest.containsKey(file.path())) {
                throw new IOException("generated twice in one run: " + file.path());
            }
            if (!sameBytes(target, bytes)) {
                Files.createDirectories(target.getParent());
                checkRealPathInside(target.getParent(), file.path());
                OutputFiles.write(target, bytes);
                written++;
            }
            manifest.put(file.path(), OutputEntry.of(Sha256.hex(bytes), target));
        }
        int deleted = 0;
        for (String stale : previous.keySet()) {
            if (!manifest.containsKey(stale) && deleteStale(stale)) {
                deleted++;
            }
        }
        return new Report(manifest, written, deleted);
    }

    /** {@return whether every file of {@code manifest} exists with the recorded size and modification time} */
    public boolean matches(Map<String, OutputEntry> manifest) throws IOException {
        for (Map.Entry<String, OutputEntry> entry : manifest.entrySet()) {
            if (!entry.getValue().matches(confine(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** {@return the absolute file for a relative output path} @throws IOException if it would leave the root */
    Path confine(String relative) throws IOException {
        return OutputFiles.under(root, relative);
    }

    private void checkRealPathInside(Path directory, String relative) throws IOException {
        if (!directory.toRealPath().startsWith(root.toRealPath())) {
            throw new IOException("refusing to write through a link out of the output directory " + root + ": "
                    + relative);
        }
    }

    private boolean deleteStale(String relative) throws IOException {
        Path file = confine(relative);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        checkRealPathInside(file.getParent(), relative);
        OutputFiles.deleteIfRegular(file);
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
