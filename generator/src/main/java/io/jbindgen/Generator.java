package io.jbindgen;

import io.jbindgen.abi.Target;
import io.jbindgen.diag.Diagnostic;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.diag.Severity;
import io.jbindgen.model.Position;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * jbindgen's library entry point: runs every header of a {@link GenerationRequest}, each as its own
 * translation unit, through the front end, the layout engine and the Java emitter, once per requested
 * target, and returns the generated sources as data. Writing them is the caller's job.
 *
 * <p>The result is deterministic: files sorted by path, diagnostics in header order (each distinct
 * diagnostic once, even when several targets report it), files read sorted. When any header has an
 * error, no files are returned at all, so a caller never writes a partial set.
 */
public final class Generator {

    private Generator() {
    }

    /**
     * Generates Java bindings for every header and every output of {@code request}.
     *
     * @param request what to generate
     * @return the generated files, every diagnostic and every file read
     * @throws GeneratorBugException when the generator fails unexpectedly (a bug, never bad input)
     */
    public static GenerationResult generate(GenerationRequest request) {
        return generate(request, new FrontEndPipeline());
    }

    /** {@return the generator's version, e.g. {@code 0.1.0-SNAPSHOT}, for fingerprints and {@code --version}} */
    public static String version() {
        return GeneratorVersion.VERSION;
    }

    static GenerationResult generate(GenerationRequest request, HeaderPipeline pipeline) {
        Set<Diagnostic> diagnostics = new LinkedHashSet<>();
        Map<Target, String> outputs = resolveOutputs(request, diagnostics);
        Map<String, GeneratedFile> files = new TreeMap<>();
        Set<Path> filesRead = new TreeSet<>();
        Set<Path> includeMisses = new TreeSet<>();
        for (Path header : request.headers()) {
            for (Map.Entry<Target, String> output : outputs.entrySet()) {
                Diagnostics diags = new Diagnostics();
                HeaderPipeline.Output out = runOne(pipeline, header, request, output.getKey(), output.getValue(), diags);
                diagnostics.addAll(diags.all());
                out.filesRead().forEach(name -> addPath(filesRead, name));
                out.includeMisses().forEach(name -> addPath(includeMisses, name));
                if (!diags.hasErrors()) {
                    out.files().forEach(file -> addFile(files, file, header, diagnostics));
                }
            }
        }
        boolean failed = diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
        return new GenerationResult(failed ? List.of() : List.copyOf(files.values()),
                List.copyOf(diagnostics), List.copyOf(filesRead), List.copyOf(includeMisses));
    }

    private static HeaderPipeline.Output runOne(HeaderPipeline pipeline, Path header, GenerationRequest request,
            Target target, String javaPackage, Diagnostics diags) {
        try {
            return pipeline.run(header, request, target, javaPackage, diags);
        } catch (RuntimeException | StackOverflowError e) {
            throw new GeneratorBugException(header, e);
        }
    }

    private static Map<Target, String> resolveOutputs(GenerationRequest request, Set<Diagnostic> diagnostics) {
        Map<Target, String> outputs = new LinkedHashMap<>();
        Diagnostics diags = new Diagnostics();
        if (request.outputs().isEmpty()) {
            diags.error(Position.BUILTIN, "no-output", "no output (target and Java package) requested");
        }
        for (GenerationRequest.Output output : request.outputs()) {
            Target target = Target.byName(output.target()).orElse(null);
            if (target == null) {
                diags.error(Position.BUILTIN, "unknown-target", "unknown target '%s' (known: %s)",
                        output.target(), knownTargets());
            } else if (outputs.containsKey(target)) {
                diags.error(Position.BUILTIN, "duplicate-target", "target '%s' requested twice", output.target());
            } else if (outputs.containsValue(output.javaPackage())) {
                diags.error(Position.BUILTIN, "duplicate-package",
                        "Java package '%s' requested for two targets", output.javaPackage());
            } else {
                outputs.put(target, output.javaPackage());
            }
        }
        diagnostics.addAll(diags.all());
        return diags.hasErrors() ? Map.of() : outputs;
    }

    /** {@return the names of the built-in targets, comma-separated} */
    static String knownTargets() {
        return String.join(", ", Target.all().stream().map(Target::name).toList());
    }

    private static void addFile(Map<String, GeneratedFile> files, GeneratedFile file, Path header,
            Set<Diagnostic> diagnostics) {
        GeneratedFile previous = files.putIfAbsent(file.path(), file);
        if (previous != null && !previous.content().equals(file.content())) {
            Diagnostics diags = new Diagnostics();
            diags.error(new Position(header.toString(), 1, 1), "output-collision",
                    "%s is generated twice with different content (from two headers declaring the same name?)",
                    file.path());
            diagnostics.addAll(diags.all());
        }
    }

    private static void addPath(Set<Path> paths, String name) {
        if (name.startsWith("<")) {
            return; // built-in headers that come with jbindgen
        }
        try {
            paths.add(Path.of(name).toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            // not a file-system path: nothing to watch for changes
        }
    }
}
