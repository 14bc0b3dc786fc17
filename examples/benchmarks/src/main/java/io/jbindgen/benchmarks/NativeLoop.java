package io.jbindgen.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A C loop from this module's resources, compiled with the machine's {@code gcc -O2} into a shared
 * library at benchmark set-up and called through one downcall per batch, so that the C baseline runs in
 * the same JVM and the same JMH run as the Java code it is compared with.
 */
@SuppressWarnings("restricted")
final class NativeLoop implements AutoCloseable {
    private final Path directory;
    private final Arena arena;
    private final MethodHandle loop;

    private NativeLoop(Path directory, Arena arena, MethodHandle loop) {
        this.directory = directory;
        this.arena = arena;
        this.loop = loop;
    }

    /**
     * Compiles {@code c/<name>.c} and links its function {@code symbol(int fd, long iterations)}
     * returning {@code long}.
     */
    static NativeLoop compile(String name, String symbol) {
        try {
            Path directory = Files.createTempDirectory("jbindgen-bench-c");
            Path source = directory.resolve(name + ".c");
            try (InputStream in = NativeLoop.class.getResourceAsStream("/c/" + name + ".c")) {
                if (in == null) {
                    throw new IllegalStateException("resource c/" + name + ".c is missing from the jar");
                }
                Files.copy(in, source);
            }
            Path library = directory.resolve("lib" + name + ".so");
            Process gcc = new ProcessBuilder("gcc", "-O2", "-shared", "-fPIC", "-o", library.toString(),
                    source.toString()).inheritIO().start();
            if (gcc.waitFor() != 0) {
                throw new IllegalStateException("gcc failed on " + source + " (exit " + gcc.exitValue() + ")");
            }
            Arena arena = Arena.ofShared();
            MethodHandle loop = Linker.nativeLinker().downcallHandle(
                    SymbolLookup.libraryLookup(library, arena).findOrThrow(symbol),
                    FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG));
            return new NativeLoop(directory, arena, loop);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling " + name, e);
        }
    }

    /** Runs the loop; fails when the C side reports a failed call. */
    long run(int fd, long iterations) throws Throwable {
        long result = (long) loop.invokeExact(fd, iterations);
        if (result != 0) {
            throw new IllegalStateException("C loop failed at iteration " + (-1 - result));
        }
        return result;
    }

    @Override
    public void close() throws IOException {
        arena.close();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
