package io.jbindgen.preprocess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds included files: the including file's directory first for {@code "…"}, then each {@code -I}
 * directory in order, then the built-in headers; {@code #include_next} continues after the
 * directory in which the including file was found.
 */
final class IncludeResolver {
    /** A file found, and the index of the search directory it was found in (-1: not via the path). */
    record Found(SourceFile file, int dirIndex) {
    }

    /** The file could not be read. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    private final List<Path> dirs;
    private final SourceCache cache;
    private final Map<Path, Boolean> exists = new LinkedHashMap<>();

    IncludeResolver(List<Path> dirs, SourceCache cache) {
        this.dirs = dirs;
        this.cache = cache;
    }

    /**
     * Looks for {@code name}.
     *
     * @param angled whether it was {@code <name>}
     * @param next whether this is {@code #include_next}
     * @param includer the file with the directive; {@code includerDir} the index it was found at
     * @return the file, or {@code null} when it is nowhere
     */
    Found find(String name, boolean angled, boolean next, SourceFile includer, int includerDir) throws Unreadable {
        if (name.startsWith("/")) {
            Path p = Path.of(name);
            return isFile(p) ? new Found(load(p, name), -1) : null;
        }
        if (!angled && !next) {
            Found local = besideIncluder(name, includer, includerDir);
            if (local != null) {
                return local;
            }
        }
        int start = next ? includerDir + 1 : 0;
        for (int i = start; i < dirs.size(); i++) {
            Path p = dirs.get(i).resolve(name);
            if (isFile(p)) {
                return new Found(load(p, p.toString()), i);
            }
        }
        if (start <= dirs.size() && BuiltinHeaders.has(name)) {
            return new Found(cache.builtin(name), dirs.size());
        }
        return null;
    }

    private Found besideIncluder(String name, SourceFile includer, int includerDir) throws Unreadable {
        if (includer.path() != null) {
            Path parent = includer.path().getParent();
            Path p = parent == null ? Path.of(name) : parent.resolve(name);
            return isFile(p) ? new Found(load(p, p.toString()), includerDir) : null;
        }
        String rel = includer.builtinDir() + name;
        if (includer.name().startsWith(BuiltinHeaders.PREFIX) && BuiltinHeaders.has(rel)) {
            return new Found(cache.builtin(rel), dirs.size());
        }
        return null;
    }

    /**
     * {@return every path looked at and found to hold no file, in the order first looked at: a file
     * appearing at one of them would change what is included}
     */
    List<String> misses() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<Path, Boolean> e : exists.entrySet()) {
            if (!e.getValue()) {
                out.add(e.getKey().toString());
            }
        }
        return out;
    }

    /** {@return the search path, for messages} */
    String describe() {
        String list = dirs.stream().map(Path::toString).collect(Collectors.joining(", "));
        return (list.isEmpty() ? "" : list + ", ") + "<built-in>";
    }

    private boolean isFile(Path p) {
        Boolean known = exists.get(p);
        if (known == null) {
            known = Files.isRegularFile(p);
            exists.put(p, known);
        }
        return known;
    }

    private SourceFile load(Path p, String display) throws Unreadable {
        try {
            return cache.load(p, display);
        } catch (IOException e) {
            throw new Unreadable("cannot read " + display + ": " + e.getMessage());
        }
    }
}
