package io.jbindgen.preprocess;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.lex.Lexer;
import io.jbindgen.lex.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lexed files, kept so that a header included by many translation units is read and lexed once.
 * One cache may serve several {@link Preprocessor} runs (also concurrently): an entry is reused
 * while the file's size and modification time are unchanged.
 */
public final class SourceCache {
    private static final String RESOURCE_ROOT = "/io/jbindgen/include/";

    private record Entry(SourceFile file, long size, long modified) {
    }

    private final Map<Path, Entry> files = new ConcurrentHashMap<>();
    private final Map<String, SourceFile> builtins = new ConcurrentHashMap<>();

    /** {@return the lexed file at {@code path}, named {@code name} in positions} */
    SourceFile load(Path path, String name) throws IOException {
        Path key = path.toAbsolutePath().normalize();
        BasicFileAttributes attrs = Files.readAttributes(key, BasicFileAttributes.class);
        long modified = attrs.lastModifiedTime().toMillis();
        Entry e = files.get(key);
        if (e != null && e.size == attrs.size() && e.modified == modified && e.file.name().equals(name)) {
            return e.file;
        }
        // Malformed UTF-8 becomes U+FFFD (never an exception): accepted in comments and literals,
        // reported by the lexer anywhere else.
        String text = new String(Files.readAllBytes(key), StandardCharsets.UTF_8);
        SourceFile f = lex(name, path, "", text);
        files.put(key, new Entry(f, attrs.size(), modified));
        return f;
    }

    /** {@return the built-in header {@code relative} (e.g. {@code linux/types.h})} */
    SourceFile builtin(String relative) {
        return builtins.computeIfAbsent(relative, r -> {
            try (InputStream in = SourceCache.class.getResourceAsStream(RESOURCE_ROOT + r)) {
                if (in == null) {
                    throw new IllegalStateException("missing built-in header resource " + r);
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                int slash = r.lastIndexOf('/');
                return lex(BuiltinHeaders.PREFIX + r, null, r.substring(0, slash + 1), text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** {@return a lexed text that is not a file (the predefined macros)} */
    static SourceFile fromText(String name, String text) {
        return lex(name, null, "", text);
    }

    private static SourceFile lex(String name, Path path, String builtinDir, String source) {
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        Diagnostics d = new Diagnostics();
        List<Token> tokens = Lexer.tokenize(name, text, d);
        return new SourceFile(name, path, builtinDir, tokens, IncludeGuards.find(tokens), d.all());
    }
}
