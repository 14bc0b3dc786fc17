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
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * What identifies the code that generates, for the fingerprint: the plugin's and the generator's
 * versions, and, for {@code -SNAPSHOT} versions (whose code changes without the version changing),
 * a SHA-256 over the jars or class directories the plugin and the generator were loaded from. For a
 * jar that is the name, size and CRC-32 of every entry as its central directory records them, so
 * nothing is decompressed and an identical rebuilt jar (reproducible builds) keeps its identity.
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
        MessageDigest digest = sha256();
        if (Files.isDirectory(location)) {
            try (Stream<Path> walk = Files.walk(location)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    digest.update(location.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    add(digest, file);
                }
            }
        } else {
            try (ZipFile jar = new ZipFile(location.toFile())) {
                jar.stream().forEach(entry -> digest.update((entry.getName() + ' ' + entry.getSize() + ' '
                        + entry.getCrc() + '\n').getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
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
