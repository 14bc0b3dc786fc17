package io.jbindgen.select;

import io.jbindgen.model.FunctionDecl;
import java.util.List;
import java.util.Optional;

/**
 * How the emitter would pass a function's arguments, as the naming of functions needs it: whether every
 * parameter and the result have an FFM layout on the target, and the Java types of the parameters (a
 * static method {@code wait(long)} would hide {@code Object.wait(long)}, so it is named {@code wait_}).
 * The emitter provides it, since the Java types depend on the target and on the record classes planned.
 */
@FunctionalInterface
public interface CallShapes {
    /**
     * {@return the Java types of {@code function}'s parameters as source spells them ({@code long},
     * {@code java.lang.foreign.MemorySegment}), or empty when a parameter or the result has no FFM
     * layout}
     */
    Optional<List<String>> parameterTypes(FunctionDecl function);
}
