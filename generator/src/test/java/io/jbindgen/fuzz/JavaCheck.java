package io.jbindgen.fuzz;

import io.jbindgen.GenerationRequest;
import io.jbindgen.GenerationResult;
import io.jbindgen.Generator;
import io.jbindgen.emit.JavaCompilation;
import io.jbindgen.output.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        Path batch = Files.createTempDirectory(dir, "batch");
        List<GeneratedFile> files = pending.values().stream().flatMap(List::stream).toList();
        String src = batch.resolve("src") + "/";
        for (String error : JavaCompilation.compile(batch, files, false).errors()) {
            if (error.startsWith(src)) { // "fz/<id>/File.java:line: message"
                String file = error.substring(src.length());
                errors.putIfAbsent(file.split("/")[1], file);
            }
        }
        pending.clear();
        return errors;
    }
}
