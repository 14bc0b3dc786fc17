package io.jbindgen;

import java.nio.file.Path;

/** Where the tests find the seed header: the repository's one copy, in the lguest runtime module. */
public final class SeedHeader {
    /** The seed {@code lguest_launcher.h} (eventfd era), relative to the generator module. */
    public static final Path PATH = Path.of("../generated-runtime/lguest/src/main/c/include/linux/lguest_launcher.h");

    private SeedHeader() {
    }
}
