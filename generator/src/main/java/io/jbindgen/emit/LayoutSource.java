package io.jbindgen.emit;

import io.jbindgen.abi.RecordLayout;
import java.util.Optional;

/**
 * Where the emitter gets record layouts from: the layout engine's result for one target.
 */
@FunctionalInterface
public interface LayoutSource {
    /** {@return the layout of the complete record with this key, if it was computed} */
    Optional<RecordLayout> record(String key);
}
