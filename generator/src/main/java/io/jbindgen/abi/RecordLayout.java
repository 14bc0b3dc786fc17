package io.jbindgen.abi;

import java.util.List;
import java.util.Objects;

/**
 * The layout of a complete struct or union on one target.
 *
 * @param key the record's key (see {@link io.jbindgen.model.RecordDecl#key()})
 * @param size {@code sizeof}, in bytes
 * @param align {@code _Alignof}, in bytes
 * @param fields the direct members in declaration order (anonymous members included as one entry each;
 *     unnamed bitfields included)
 */
public record RecordLayout(String key, long size, long align, List<FieldLayout> fields) {
    public RecordLayout {
        Objects.requireNonNull(key, "key");
        fields = List.copyOf(fields);
    }
}
