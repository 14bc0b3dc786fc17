package io.jbindgen.fuzz;

import io.jbindgen.GenerationRequest;
import io.jbindgen.GenerationResult;
import io.jbindgen.Generator;
import io.jbindgen.output.GeneratedFile;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Generated Java must compile: the bindings of several inputs (each in its own package) are compiled
 * by one javac call, and each compile error is charged to the input whose package it is in.
 */
final class JavaCheck {
    private final Path dir;
    private final Map<String, List<GeneratedFile>> pending = new LinkedHashMap<>();

    JavaCheck(Path dir) {
        this.dir = dir;
    }

    /** Generates the x86_64 bindings of {@code header} in package {@code fz.<id>}; {@return a crash, or null} */
    String add(String id, Path header) {
        GenerationRequest request = GenerationRequest.builder().header(header).output("x86_64", "fz." + id).build();
        try {
            GenerationResult result = Generator.generate(request);
            pending.put(id, result.files());
            return null;
        } catch (RuntimeException e) {
            return e + (e.getCause() == null ? "" : " caused by " + e.getCause());
        }
    }

    /** Compiles what was added since the last call; {@return the first compile error of each input that has one} */
    Map<String, String> compile() throws IOException {
        Map<String, String> errors = new LinkedHashMap<>();
        if (pending.values().stream().allMatch(List::isEmpty)) {
            pending.clear();
            return errors;
        }
        Path src = Files.createTempDirectory(dir, "src");
        Path classes = Files.createDirectories(src.resolve("classes"));
        List<Path> paths = new ArrayList<>();
        for (List<GeneratedFile> files : pending.values()) {
            for (GeneratedFile f : files) {
                Path p = src.resolve(f.path());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.content());
                paths.add(p);
            }
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = compiler.getStandardFileManager(diagnostics, null, null)) {
            List<String> options = List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
                    "-proc:none", "--release", "25");
            compiler.getTask(new StringWriter(), fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(paths))
                    .call();
        }
        for (var d : diagnostics.getDiagnostics()) {
            if (d.getKind() == javax.tools.Diagnostic.Kind.ERROR && d.getSource() != null) {
                String file = src.relativize(Path.of(d.getSource().toUri())).toString();
                String id = file.split("/")[1];
                errors.putIfAbsent(id, file + ":" + d.getLineNumber() + ": " + d.getMessage(null));
            }
        }
        pending.clear();
        return errors;
    }
}
