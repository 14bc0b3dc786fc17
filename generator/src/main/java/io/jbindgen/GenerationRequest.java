package io.jbindgen;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one generation run needs: which headers, how to preprocess them, and which Java
 * package each target ABI goes to. Immutable; build one with {@link #builder()}.
 *
 * @param headers the headers to generate bindings for, each its own translation unit
 * @param includeDirs the {@code -I} directories, searched in order (no implicit system directories)
 * @param defines {@code -D} macro definitions in order; a {@code null} value means {@code 1}
 * @param undefines {@code -U} macro names
 * @param outputs one entry per target ABI: the target name and the Java package its bindings go to
 * @param deprecationPattern a regular expression; a constant whose comment matches it is {@code @Deprecated}
 */
public record GenerationRequest(List<Path> headers, List<Path> includeDirs, Map<String, String> defines,
        List<String> undefines, List<Output> outputs, String deprecationPattern) {

    /** The default {@link #deprecationPattern()}: matches "no longer used", "obsolete", "deprecated". */
    public static final String DEFAULT_DEPRECATION_PATTERN = "(?i)\\b(no longer used|obsolete|deprecated)\\b";

    public GenerationRequest {
        headers = List.copyOf(headers);
        includeDirs = List.copyOf(includeDirs);
        defines = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(defines));
        undefines = List.copyOf(undefines);
        outputs = List.copyOf(outputs);
        Objects.requireNonNull(deprecationPattern, "deprecationPattern");
    }

    /**
     * One target ABI and the Java package its bindings are generated into.
     *
     * @param target a target name as {@code --target} takes it
     * @param javaPackage the Java package (empty for none)
     */
    public record Output(String target, String javaPackage) {
        public Output {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(javaPackage, "javaPackage");
        }
    }

    /** {@return a new builder with no headers, no outputs and the default deprecation pattern} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link GenerationRequest}. */
    public static final class Builder {
        private final List<Path> headers = new ArrayList<>();
        private final List<Path> includeDirs = new ArrayList<>();
        private final Map<String, String> defines = new LinkedHashMap<>();
        private final List<String> undefines = new ArrayList<>();
        private final List<Output> outputs = new ArrayList<>();
        private String deprecationPattern = DEFAULT_DEPRECATION_PATTERN;

        private Builder() {
        }

        public Builder header(Path header) {
            headers.add(Objects.requireNonNull(header, "header"));
            return this;
        }

        public Builder includeDir(Path dir) {
            includeDirs.add(Objects.requireNonNull(dir, "dir"));
            return this;
        }

        public Builder define(String name, String value) {
            defines.put(Objects.requireNonNull(name, "name"), value);
            return this;
        }

        public Builder undefine(String name) {
            undefines.add(Objects.requireNonNull(name, "name"));
            return this;
        }

        public Builder output(String target, String javaPackage) {
            outputs.add(new Output(target, javaPackage));
            return this;
        }

        public Builder deprecationPattern(String pattern) {
            deprecationPattern = Objects.requireNonNull(pattern, "pattern");
            return this;
        }

        public GenerationRequest build() {
            return new GenerationRequest(headers, includeDirs, defines, undefines, outputs, deprecationPattern);
        }
    }
}
