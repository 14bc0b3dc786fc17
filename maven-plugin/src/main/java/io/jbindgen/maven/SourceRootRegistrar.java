package io.jbindgen.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.project.MavenProject;

/**
 * Adds the output directory to the project's compile source roots. Called on every path through the
 * goal (generated, up to date) so javac always sees the bindings; when the goal is skipped the
 * directory is added only if it exists, so sources from an earlier build still compile and no
 * phantom root is created.
 */
final class SourceRootRegistrar {

    private SourceRootRegistrar() {
    }

    /** Registers {@code directory} with {@code project} (at most once). */
    static void register(MavenProject project, Path directory) {
        String root = directory.toAbsolutePath().normalize().toString();
        if (!project.getCompileSourceRoots().contains(root)) {
            project.addCompileSourceRoot(root);
        }
    }

    /** Registers {@code directory} only if it exists (the skipped case). */
    static void registerIfPresent(MavenProject project, Path directory) {
        if (Files.isDirectory(directory)) {
            register(project, directory);
        }
    }
}
