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

/**
 * Compiles generated sources in-process with javax.tools against the test class path, with
 * {@code -Xlint:all -Werror}: generated code must compile without a single warning.
 */
public final class JavaCompilation {
    private JavaCompilation() {
    }

    /**
     * The outcome: the compiler's errors (empty on success; with {@code -Werror} every warning is listed
     * here too, with its file and line), its warnings, and where the classes are.
     */
    public record Result(List<String> errors, List<String> warnings, Path classes) {
        public boolean ok() {
            return errors.isEmpty();
        }

        /** {@return a new class loader over the compiled classes (call once per test: each call loads anew)} */
        ClassLoader loader() throws IOException {
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, JavaCompilation.class.getClassLoader());
        }
    }

    /** Writes {@code files} under {@code dir}/src and compiles them into {@code dir}/classes, warnings as errors. */
    static Result compile(Path dir, List<GeneratedFile> files) throws IOException {
        return compile(dir, files, true);
    }

    /**
     * Writes {@code files} under {@code dir}/src and compiles them into {@code dir}/classes with every lint.
     *
     * @param warningsAreErrors whether to add {@code -Werror} (false only for sources that must warn, such
     *     as user code calling deprecated generated members)
     */
    public static Result compile(Path dir, List<GeneratedFile> files, boolean warningsAreErrors) throws IOException {
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
            List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                    System.getProperty("java.class.path"), "-Xlint:all", "-proc:none", "--release", "25"));
            if (warningsAreErrors) {
                options.add("-Werror");
            }
            StringWriter out = new StringWriter();
            compiler.getTask(out, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(paths)).call();
        }
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (javax.tools.Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            String text = (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
                    + d.getMessage(null);
            switch (d.getKind()) {
                case ERROR -> errors.add(text);
                case WARNING, MANDATORY_WARNING -> {
                    warnings.add(text);
                    if (warningsAreErrors) {
                        errors.add("warning: " + text);
                    }
                }
                default -> {
                }
            }
        }
        return new Result(List.copyOf(errors), List.copyOf(warnings), classes);
    }
}
