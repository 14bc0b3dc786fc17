package io.jbindgen.maven;

/** An empty class that {@link ToolIdentityTest} packs into throw-away jars. */
final class Marker {
    private Marker() {
    }
}
