package io.jbindgen.maven.incremental;

import io.jbindgen.GenerationRequest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The SHA-256 fingerprint of one execution's inputs: a canonical text of every parameter that
 * affects the output (see {@link #describe}) and, for every input file in path order, its path and the
 * SHA-256 of its bytes (or a marker when it is missing or a directory). Equal fingerprints mean the previous output
 * is still right; nothing is parsed to compute one.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    /**
     * {@return the fingerprint of {@code parameters} and the contents of {@code files}}
     *
     * @param parameters canonical text of the configuration and the tool versions
     * @param files the headers and every file they included; order and duplicates do not matter
     */
    public static String of(String parameters, Collection<Path> files) throws IOException {
        MessageDigest digest = Sha256.digest();
        update(digest, "params");
        update(digest, parameters);
        for (Path file : new TreeSet<>(files)) {
            update(digest, "file");
            update(digest, file.toString());
            update(digest, content(file));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * {@return a canonical, line-per-item text of {@code request} and the other output-relevant settings}
     *
     * @param request the generation request
     * @param outputDirectory where the files go
     * @param failOnWarning whether warnings fail the build (changing it must re-run the generator)
     * @param versions the plugin's and the generator's versions
     */
    public static String describe(GenerationRequest request, Path outputDirectory, boolean failOnWarning,
            String versions) {
        StringBuilder text = new StringBuilder();
        text.append("versions=").append(versions).append('\n');
        text.append("outputDirectory=").append(outputDirectory).append('\n');
        text.append("failOnWarning=").append(failOnWarning).append('\n');
        for (Path header : request.headers()) {
            text.append("header=").append(header).append('\n');
        }
        for (Path dir : request.includeDirs()) {
            text.append("includeDir=").append(dir).append('\n');
        }
        for (Map.Entry<String, String> define : request.defines().entrySet()) {
            text.append("define=").append(define.getKey()).append('=').append(define.getValue()).append('\n');
        }
        for (String name : request.undefines()) {
            text.append("undefine=").append(name).append('\n');
        }
        for (GenerationRequest.Output output : request.outputs()) {
            text.append("output=").append(output.target().name()).append(' ').append(output.javaPackage()).append('\n');
        }
        text.append("deprecationPattern=").append(request.deprecationPattern()).append('\n');
        for (String tag : request.commands().requestEnums()) {
            text.append("requestEnum=").append(tag).append('\n');
        }
        for (Map.Entry<String, List<String>> e : request.commands().arguments().entrySet()) {
            text.append("requestArguments=").append(e.getKey()).append('=').append(String.join(",", e.getValue()))
                    .append('\n');
        }
        appendAll(text, "library=", request.functions().libraries());
        appendAll(text, "includeFunction=", request.functions().include());
        appendAll(text, "excludeFunction=", request.functions().exclude());
        appendAll(text, "errnoFunction=", request.functions().errno());
        appendAll(text, "includeConstant=", request.functions().constants());
        return text.toString();
    }

    private static void appendAll(StringBuilder text, String key, List<String> values) {
        for (String v : values) {
            text.append(key).append(v).append('\n');
        }
    }

    /** {@return the SHA-256 of the file's bytes, or "missing", or "directory"} */
    private static String content(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "missing";
        }
        if (Files.isDirectory(file)) {
            return "directory";
        }
        try {
            return Sha256.hex(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return "missing";
        }
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }
}
