package io.jbindgen.preprocess;

import java.util.Set;

/**
 * The headers that come with jbindgen, as a compiler's own headers come with it: the freestanding C
 * headers ({@code stddef.h}, {@code stdarg.h}, {@code stdint.h}…, the compiler's part of
 * {@code limits.h}) and the Linux basic types ({@code linux/types.h}, {@code asm/types.h}…). They
 * are searched after every {@code -I} directory, so real headers found there win.
 */
final class BuiltinHeaders {
    /** How built-in headers are named in positions. */
    static final String PREFIX = "<built-in>/";

    private static final Set<String> NAMES = Set.of(
            "stddef.h", "stdarg.h", "stdbool.h", "float.h", "stdint.h", "stdalign.h", "limits.h",
            "stdnoreturn.h", "iso646.h",
            "linux/types.h", "linux/posix_types.h", "linux/stddef.h",
            "asm/types.h", "asm/posix_types.h", "asm/bitsperlong.h",
            "asm-generic/int-ll64.h", "asm-generic/int-l64.h", "asm-generic/posix_types.h");

    private BuiltinHeaders() {
    }

    /** {@return whether {@code name} is a built-in header} */
    static boolean has(String name) {
        return NAMES.contains(name);
    }
}
