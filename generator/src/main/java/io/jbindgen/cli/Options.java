package io.jbindgen.cli;

import io.jbindgen.abi.Target;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parsed command line, immutable.
 *
 * @param target the target ABI ({@code --target}, default x86_64)
 * @param includeDirs the {@code -I} directories in order
 * @param defines the {@code -D} definitions in order; a {@code null} value means {@code 1}
 * @param undefines the {@code -U} names
 * @param layoutJson {@code --layout-json PATH} ({@value #STDOUT} for standard output), or {@code null}
 * @param layoutJsonDirectory whether {@code layoutJson} is a directory that gets {@code <header file name>.json}
 *     per header (several headers, or an existing directory) rather than the file for the one header
 * @param layoutText whether {@code --layout-text} was given
 * @param outputDir {@code -d DIR}: the output root for generated Java, or {@code null}
 * @param javaPackage {@code -p PACKAGE}: the package of generated Java ({@code ""} for none)
 * @param deprecationPattern {@code --deprecation-pattern REGEX}
 * @param help whether {@code --help} was given
 * @param version whether {@code --version} was given
 * @param headers the headers, each its own translation unit
 */
public record Options(Target target, List<Path> includeDirs, Map<String, String> defines, List<String> undefines,
        Path layoutJson, boolean layoutJsonDirectory, boolean layoutText, Path outputDir, String javaPackage, String deprecationPattern,
        boolean help, boolean version, List<Path> headers) {

    /** The {@code --layout-json} path that means standard output. */
    public static final String STDOUT = "-";

    public Options {
        Objects.requireNonNull(target, "target");
        includeDirs = List.copyOf(includeDirs);
        defines = Collections.unmodifiableMap(new LinkedHashMap<>(defines));
        undefines = List.copyOf(undefines);
        Objects.requireNonNull(javaPackage, "javaPackage");
        Objects.requireNonNull(deprecationPattern, "deprecationPattern");
        headers = List.copyOf(headers);
    }

    /** {@return whether the layout JSON goes to standard output ({@code --layout-json -})} */
    public boolean layoutJsonToStdout() {
        return layoutJson != null && layoutJson.toString().equals(STDOUT);
    }

    /**
     * {@return where the layout JSON of {@code header} goes, or {@code null} when none was asked for or
     * it goes to standard output}
     */
    public Path layoutJsonFor(Path header) {
        if (layoutJson == null || layoutJsonToStdout()) {
            return null;
        }
        return layoutJsonDirectory ? layoutJson.resolve(header.getFileName() + ".json") : layoutJson;
    }
}
