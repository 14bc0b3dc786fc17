package io.jbindgen.parse;

import io.jbindgen.model.CType;

/**
 * What a {@code struct}/{@code union}/{@code enum} specifier produced.
 *
 * @param type the record or enum type
 * @param key its key
 * @param defined whether the specifier had a body
 * @param anonymous whether it has no tag
 */
record TagResult(CType type, String key, boolean defined, boolean anonymous) {
}
