package io.jbindgen.maven;

import io.jbindgen.GenerationRequest;
import io.jbindgen.abi.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Turns {@link PluginSettings} into a {@link GenerationRequest}, rejecting every configuration error
 * with a message that names the POM element to fix. Paths are made absolute and normalized; headers
 * keep the listed order, followed by the fileset's matches, without duplicates.
 */
final class RequestBuilder {

    private RequestBuilder() {
    }

    /** {@return the request for {@code settings}} @throws MojoExecutionException on invalid settings */
    static GenerationRequest build(PluginSettings settings) throws MojoExecutionException {
        GenerationRequest.Builder request = GenerationRequest.builder();
        for (Path header : headers(settings)) {
            request.header(header);
        }
        for (Path dir : settings.includeDirectories()) {
            Path abs = absolute(dir);
            if (!Files.isDirectory(abs)) {
                throw new MojoExecutionException("<includeDirectories>: not a directory: " + abs);
            }
            request.includeDir(abs);
        }
        for (Map.Entry<String, String> define : settings.defines().entrySet()) {
            String value = define.getValue();
            request.define(define.getKey(), value == null || value.isBlank() ? null : value.strip());
        }
        for (String name : settings.undefines()) {
            request.undefine(name);
        }
        for (GenerationRequest.Output output : outputs(settings)) {
            request.output(output.target(), output.javaPackage());
        }
        if (settings.deprecationPattern() != null) {
            try {
                Pattern.compile(settings.deprecationPattern());
            } catch (PatternSyntaxException e) {
                throw new MojoExecutionException("<deprecationPattern>: not a regular expression: " + e.getMessage());
            }
            request.deprecationPattern(settings.deprecationPattern());
        }
        return request.build();
    }

    private static Set<Path> headers(PluginSettings settings) throws MojoExecutionException {
        Set<Path> headers = new LinkedHashSet<>();
        for (Path header : settings.headers()) {
            Path abs = absolute(header);
            if (!Files.isRegularFile(abs)) {
                throw new MojoExecutionException("<headers>: header not found: " + abs);
            }
            headers.add(abs);
        }
        if (settings.headerDirectory() != null) {
            Path base = absolute(settings.headerDirectory());
            if (!Files.isDirectory(base)) {
                throw new MojoExecutionException("<headerDirectory>: not a directory: " + base);
            }
            try {
                List<Path> selected = HeaderFileSet.select(base, settings.includes(), settings.excludes());
                if (selected.isEmpty()) {
                    throw new MojoExecutionException("<headerDirectory>: no header in " + base + " matches <includes> "
                            + (settings.includes().isEmpty() ? List.of(HeaderFileSet.DEFAULT_INCLUDE) : settings.includes()));
                }
                headers.addAll(selected);
            } catch (IOException e) {
                throw new MojoExecutionException("<headerDirectory>: cannot list " + base + ": " + e.getMessage(), e);
            }
        }
        if (headers.isEmpty()) {
            throw new MojoExecutionException("no headers configured: set <headers> or <headerDirectory>"
                    + " (inside the <configuration> of the execution that runs jbindgen:generate)");
        }
        return headers;
    }

    private static List<GenerationRequest.Output> outputs(PluginSettings settings) throws MojoExecutionException {
        List<GenerationRequest.Output> outputs;
        if (settings.outputs().isEmpty()) {
            if (settings.javaPackage() == null || settings.javaPackage().isBlank()) {
                throw new MojoExecutionException("<javaPackage> is required (or list <outputs>)");
            }
            outputs = List.of(output("<target>", settings.target(), "<javaPackage>", settings.javaPackage()));
        } else {
            if (settings.javaPackage() != null && !settings.javaPackage().isBlank()) {
                throw new MojoExecutionException("set either <javaPackage> (with <target>) or <outputs>, not both");
            }
            outputs = new java.util.ArrayList<>();
            for (OutputSpec spec : settings.outputs()) {
                outputs.add(output("<outputs>/<output>/<target>", spec.getTarget(),
                        "<outputs>/<output>/<javaPackage>", spec.getJavaPackage()));
            }
        }
        Set<String> packages = new HashSet<>();
        for (GenerationRequest.Output output : outputs) {
            if (!packages.add(output.javaPackage())) {
                throw new MojoExecutionException("<outputs>: Java package " + output.javaPackage()
                        + " is used by more than one output; each target needs its own package");
            }
        }
        return outputs;
    }

    private static GenerationRequest.Output output(String targetElement, String target, String packageElement,
            String javaPackage) throws MojoExecutionException {
        if (target == null || target.isBlank()) {
            throw new MojoExecutionException(targetElement + " is required");
        }
        Target resolved = target(target.strip());
        if (resolved == null) {
            throw new MojoExecutionException(targetElement + ": unknown target '" + target.strip()
                    + "'; known targets: " + Target.all().stream().map(Target::name).collect(Collectors.joining(", ")));
        }
        if (javaPackage == null || javaPackage.isBlank()) {
            throw new MojoExecutionException(packageElement + " is required");
        }
        String pkg = javaPackage.strip();
        if (!SourceVersion.isName(pkg)) {
            throw new MojoExecutionException(packageElement + ": not a valid Java package name: '" + pkg + "'");
        }
        return new GenerationRequest.Output(resolved.name(), pkg);
    }

    /**
     * {@return the built-in target named {@code name}, or null} A loop for the canonical names first:
     * {@link Target#byName}'s stream lambda alone costs a millisecond or more in a fresh Maven JVM, on
     * the path of every up-to-date build; aliases ({@code amd64}, …) still go through it.
     */
    private static Target target(String name) {
        for (Target known : Target.all()) {
            if (known.name().equals(name)) {
                return known;
            }
        }
        return Target.byName(name).orElse(null);
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
