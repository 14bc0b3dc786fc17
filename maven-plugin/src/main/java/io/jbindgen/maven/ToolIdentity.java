package io.jbindgen.maven;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What identifies the code that generates, for the fingerprint: the plugin's and the generator's
 * versions, and, for {@code -SNAPSHOT} versions (whose code changes without the version changing),
 * a digest of the jars or class directories the plugin and the generator were loaded from. For a jar
 * that is a mix of the name, size and CRC-32 of every entry as its central directory records them, so
 * nothing is decompressed and an identical rebuilt jar (reproducible builds) keeps its identity; a
 * class directory gets a SHA-256 over its files.
 */
final class ToolIdentity {

    private ToolIdentity() {
    }

    /** {@return a one-line description of the plugin and generator code} */
    static String describe(String pluginVersion, String generatorVersion, List<Class<?>> codeOf) throws IOException {
        StringBuilder text = new StringBuilder(pluginVersion).append('/').append(generatorVersion);
        if (pluginVersion.endsWith("-SNAPSHOT") || generatorVersion.endsWith("-SNAPSHOT")) {
            for (Class<?> type : codeOf) {
                text.append('/').append(codeHash(type));
            }
        }
        return text.toString();
    }

    private static String codeHash(Class<?> type) throws IOException {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "?";
        }
        Path location;
        try {
            location = Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "?";
        }
        if (!Files.isDirectory(location)) {
            return jarIdentity(location);
        }
        MessageDigest digest = sha256();
        try (Stream<Path> walk = Files.walk(location)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(location.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                add(digest, file);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * {@return a 64-bit mix of every entry's CRC-32 and size, read from the jar's central directory} A
     * content change of any class changes its CRC; this is not a defence against crafted jars, only a
     * cheap change detector (a SHA-256 over the same table costs several milliseconds in a cold JVM).
     */
    private static String jarIdentity(Path jar) throws IOException {
        long mix = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                mix = (mix * 1_000_003L) ^ entry.getCrc();
                mix = (mix * 1_000_003L) ^ entry.getSize();
                mix = (mix * 1_000_003L) ^ entry.getName().hashCode();
            }
        }
        return Long.toHexString(mix);
    }

    private static void add(MessageDigest digest, Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
