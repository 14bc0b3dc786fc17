package io.jbindgen.preprocess;

import io.jbindgen.target.Target;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a preprocessor run needs besides the header.
 *
 * @param target the target whose predefined macros apply
 * @param includeDirs the {@code -I} directories, searched in order (the built-in headers come after them)
 * @param defines {@code -D} macros in order; a {@code null} value means {@code 1}
 * @param undefines {@code -U} macro names, applied after the defines
 */
public record PreprocessorOptions(Target target, List<Path> includeDirs, Map<String, String> defines,
        List<String> undefines) {

    public PreprocessorOptions {
        Objects.requireNonNull(target, "target");
        includeDirs = List.copyOf(includeDirs);
        defines = Collections.unmodifiableMap(new LinkedHashMap<>(defines));
        undefines = List.copyOf(undefines);
    }

    /** {@return options with only a target and include directories} */
    public static PreprocessorOptions of(Target target, List<Path> includeDirs) {
        return new PreprocessorOptions(target, includeDirs, Map.of(), List.of());
    }
}
