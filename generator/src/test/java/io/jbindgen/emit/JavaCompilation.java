package io.jbindgen.emit;

import io.jbindgen.output.GeneratedFile;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated sources in-process with javax.tools against the test class path. */
final class JavaCompilation {
    private JavaCompilation() {
    }

    /** The outcome: the compiler's error messages (empty on success) and where the classes are. */
    record Result(List<String> errors, Path classes) {
        boolean ok() {
            return errors.isEmpty();
        }

        /** {@return a new class loader over the compiled classes (call once per test: each call loads anew)} */
        ClassLoader loader() throws IOException {
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, JavaCompilation.class.getClassLoader());
        }
    }

    /** Writes {@code files} under {@code dir}/src and compiles them into {@code dir}/classes. */
    static Result compile(Path dir, List<GeneratedFile> files) throws IOException {
        Path src = dir.resolve("src");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<Path> paths = new ArrayList<>();
        for (GeneratedFile f : files) {
            Path p = src.resolve(f.path());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.content());
            paths.add(p);
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = compiler.getStandardFileManager(diagnostics, null, null)) {
            List<String> options = List.of("-d", classes.toString(), "-classpath",
                    System.getProperty("java.class.path"), "-Xlint:all,-processing", "-proc:none",
                    "--release", "25");
            StringWriter out = new StringWriter();
            compiler.getTask(out, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(paths)).call();
        }
        List<String> errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                .map(d -> (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
                        + d.getMessage(null))
                .toList();
        return new Result(errors, classes);
    }
}
