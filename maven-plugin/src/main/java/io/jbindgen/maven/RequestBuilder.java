package io.jbindgen.maven;

import io.jbindgen.GenerationRequest;
import io.jbindgen.InvalidRequestException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        if (settings.deprecationPattern() != null) {
            request.deprecationPattern(settings.deprecationPattern());
        }
        for (String tag : settings.requestEnums()) {
            request.requestEnum(tag);
        }
        for (Map.Entry<String, String> e : settings.requestArguments().entrySet()) {
            request.requestArguments(e.getKey(), e.getValue());
        }
        for (String library : settings.functions().libraries()) {
            request.library(library);
        }
        for (String pattern : settings.functions().include()) {
            request.includeFunction(pattern);
        }
        for (String pattern : settings.functions().exclude()) {
            request.excludeFunction(pattern);
        }
        for (String pattern : settings.functions().errno()) {
            request.errnoFunction(pattern);
        }
        for (String pattern : settings.functions().constants()) {
            request.includeConstant(pattern);
        }
        boolean single = settings.outputs().isEmpty();
        try {
            for (Configured output : outputs(settings)) {
                request.output(output.target(), output.javaPackage());
            }
            return request.build();
        } catch (InvalidRequestException e) {
            throw new MojoExecutionException(element(e.field(), single) + ": " + e.problem());
        }
    }

    /** {@return the POM element that sets a {@link GenerationRequest} field} */
    private static String element(String field, boolean single) {
        String output = single ? "<" : "<outputs>/<output>/<";
        return field.endsWith(".target") ? output + "target>"
                : field.endsWith(".javaPackage") ? output + "javaPackage>"
                : field.equals("deprecationPattern") ? "<deprecationPattern>"
                : field.startsWith("commands.requestEnums") ? "<requestEnums>"
                : field.startsWith("commands.arguments[") ? "<requestArguments>/<"
                        + field.substring("commands.arguments[".length(), field.length() - 1) + ">"
                : field.equals("commands.arguments") ? "<requestArguments>"
                : field.equals("includeFunctions") || field.equals("excludeFunctions")
                        || field.equals("errnoFunctions") || field.equals("includeConstants")
                        || field.equals("libraries") ? "<" + field + ">"
                : "<" + field + ">";
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

    /** One output as configured: its target name and Java package, stripped, not yet checked. */
    private record Configured(String target, String javaPackage) {
    }

    /** {@return each output's target and Java package, as configured} */
    private static List<Configured> outputs(PluginSettings settings) throws MojoExecutionException {
        if (settings.outputs().isEmpty()) {
            if (settings.javaPackage() == null || settings.javaPackage().isBlank()) {
                throw new MojoExecutionException("<javaPackage> is required (or list <outputs>)");
            }
            return List.of(output("<target>", settings.target(), "<javaPackage>", settings.javaPackage()));
        }
        if (settings.javaPackage() != null && !settings.javaPackage().isBlank()) {
            throw new MojoExecutionException("set either <javaPackage> (with <target>) or <outputs>, not both");
        }
        List<Configured> outputs = new ArrayList<>();
        for (OutputSpec spec : settings.outputs()) {
            outputs.add(output("<outputs>/<output>/<target>", spec.getTarget(), "<outputs>/<output>/<javaPackage>",
                    spec.getJavaPackage()));
        }
        return outputs;
    }

    private static Configured output(String targetElement, String target, String packageElement, String javaPackage)
            throws MojoExecutionException {
        if (target == null || target.isBlank()) {
            throw new MojoExecutionException(targetElement + " is required");
        }
        if (javaPackage == null || javaPackage.isBlank()) {
            throw new MojoExecutionException(packageElement + " is required");
        }
        return new Configured(target.strip(), javaPackage.strip());
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
