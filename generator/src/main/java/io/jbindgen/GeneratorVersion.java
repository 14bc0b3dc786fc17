package io.jbindgen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Reads the generator's version from the resource Maven filters at build time. */
final class GeneratorVersion {

    static final String VERSION = load();

    private GeneratorVersion() {
    }

    private static String load() {
        try (InputStream in = GeneratorVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return fromManifest();
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            return version.isEmpty() || version.startsWith("${") ? fromManifest() : version;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read jbindgen's version resource", e);
        }
    }

    private static String fromManifest() {
        String version = GeneratorVersion.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }
}
