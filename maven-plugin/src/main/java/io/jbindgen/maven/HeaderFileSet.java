package io.jbindgen.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/**
 * Selects header files under a base directory with Ant-style globs ({@code **}{@code /*.h},
 * {@code linux/virtio_*.h}), the way Maven filesets do. A pattern starting with {@code **}{@code /}
 * also matches at the top level. The result is sorted by relative path, so it is the same on every
 * machine.
 */
final class HeaderFileSet {

    /** The include pattern used when none is given. */
    static final String DEFAULT_INCLUDE = "**/*.h";

    private HeaderFileSet() {
    }

    /** {@return the regular files under {@code base} matched by an include and by no exclude, sorted} */
    static List<Path> select(Path base, List<String> includes, List<String> excludes) throws IOException {
        FileSystem fs = base.getFileSystem();
        List<PathMatcher> in = matchers(fs, includes.isEmpty() ? List.of(DEFAULT_INCLUDE) : includes);
        List<PathMatcher> out = matchers(fs, excludes);
        try (Stream<Path> walk = Files.walk(base)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        Path rel = base.relativize(p);
                        return in.stream().anyMatch(m -> m.matches(rel)) && out.stream().noneMatch(m -> m.matches(rel));
                    })
                    .sorted((a, b) -> base.relativize(a).toString().compareTo(base.relativize(b).toString()))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static List<PathMatcher> matchers(FileSystem fs, List<String> globs) {
        return globs.stream().<PathMatcher>map(glob -> {
            String g = glob.replace('\\', '/');
            PathMatcher full = fs.getPathMatcher("glob:" + g);
            if (!g.startsWith("**/")) {
                return full;
            }
            PathMatcher top = fs.getPathMatcher("glob:" + g.substring(3));
            return p -> full.matches(p) || top.matches(p);
        }).toList();
    }
}
