package io.jbindgen;

import io.jbindgen.abi.Target;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the front end needs besides the header.
 *
 * @param target the target ABI (predefined macros, type sizes)
 * @param includeDirs the {@code -I} directories in search order
 * @param defines {@code -D} macros in order; a {@code null} value means {@code 1}
 * @param undefines {@code -U} macro names
 */
public record FrontEndOptions(Target target, List<Path> includeDirs, Map<String, String> defines,
        List<String> undefines) {

    public FrontEndOptions {
        Objects.requireNonNull(target, "target");
        includeDirs = List.copyOf(includeDirs);
        defines = Collections.unmodifiableMap(new LinkedHashMap<>(defines));
        undefines = List.copyOf(undefines);
    }

    /** {@return options with a target and include directories only} */
    public static FrontEndOptions of(Target target, List<Path> includeDirs) {
        return new FrontEndOptions(target, includeDirs, Map.of(), List.of());
    }
}
