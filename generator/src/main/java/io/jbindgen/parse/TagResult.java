package io.jbindgen.parse;

import io.jbindgen.model.CType;

/**
 * What a {@code struct}/{@code union}/{@code enum} specifier produced.
 *
 * @param type the record or enum type
 * @param key its key
 * @param defined whether the specifier had a body
 * @param anonymous whether it has no tag
 * @param declarationAttributes attributes written after the tag of a specifier without a body
 *     ({@code typedef struct s __attribute__((aligned(16))) s_t;}): gcc applies them to the declaration
 */
record TagResult(CType type, String key, boolean defined, boolean anonymous, AttrSet declarationAttributes) {
    TagResult(CType type, String key, boolean defined, boolean anonymous) {
        this(type, key, defined, anonymous, new AttrSet());
    }
}
