package io.jbindgen.select;

import io.jbindgen.naming.SymbolPatterns;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the user asks to be generated, the policy of the {@link Selector}. Without rules a header gets
 * its own declarations and what they reach. Include rules are per kind: when a kind has one, the
 * declarations of that kind that are generated are those an include rule matches, from the header or
 * any header it includes ({@code --include-constant KVM_*} binds {@code asm/kvm.h}'s {@code KVM_*}
 * macros with {@code linux/kvm.h}); the other kinds keep the default. An include-typedef rule selects
 * the record or enum a matching typedef names. Exclude rules win over everything, reachability included.
 *
 *
 * <p>The headers of a run that generate into the same Java package are shared: a declaration made in
 * one of them is generated with that header only. Two policies are equal when their rules and shared
 * headers are.
 */
public final class SelectionPolicy {
    /** No rules and no other header: each header's own declarations and what they reach. */
    public static final SelectionPolicy DEFAULT = new SelectionPolicy(List.of(), Set.of());

    private final List<SelectionRule> rules;
    private final Set<Path> sharedHeaders;
    /** The file names two shared headers have: their constants classes are named with their folder. */
    private final Set<Path> repeatedNames = new HashSet<>();

    /** A policy with {@code rules} whose run generates {@code sharedHeaders} into one package. */
    public SelectionPolicy(List<SelectionRule> rules, Set<Path> sharedHeaders) {
        this.rules = List.copyOf(rules);
        Set<Path> normalized = new LinkedHashSet<>();
        Set<Path> names = new HashSet<>();
        for (Path header : sharedHeaders) {
            Path path = header.toAbsolutePath().normalize();
            normalized.add(path);
            if (path.getFileName() != null && !names.add(path.getFileName())) {
                repeatedNames.add(path.getFileName());
            }
        }
        this.sharedHeaders = Collections.unmodifiableSet(normalized);
    }

    /** {@return the include and exclude rules, in order} */
    public List<SelectionRule> rules() {
        return rules;
    }

    /** {@return the headers of the run that share the package, absolute and normalized} */
    public Set<Path> sharedHeaders() {
        return sharedHeaders;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SelectionPolicy p && rules.equals(p.rules) && sharedHeaders.equals(p.sharedHeaders);
    }

    @Override
    public int hashCode() {
        return rules.hashCode() * 31 + sharedHeaders.hashCode();
    }

    @Override
    public String toString() {
        return "SelectionPolicy[rules=" + rules + ", sharedHeaders=" + sharedHeaders + "]";
    }

    /** {@return whether another shared header has the file name of {@code header}} */
    boolean fileNameRepeats(Path header) {
        Path name = header.getFileName();
        return name != null && repeatedNames.contains(name);
    }

    /** A policy with {@code rules} whose run generates {@code sharedHeaders} (a list) into one package. */
    public SelectionPolicy(List<SelectionRule> rules, List<Path> sharedHeaders) {
        this(rules, new LinkedHashSet<>(sharedHeaders));
    }

    /** A verdict of the rules on one declaration: kept or skipped, with a stable code and the reason. */
    record Verdict(boolean kept, String code, String reason) {
    }

    private static final Verdict MAIN_FILE = new Verdict(true, "main-file", "declared in the header");
    private static final Verdict TRANSLATION_UNIT = new Verdict(true, "translation-unit",
            "declared in a header it includes; functions and variables are bound from the whole translation unit");

    private record Exclude(SelectionRule rule, SymbolPatterns patterns) {
    }

    /** The rules compiled: patterns per kind. */
    static final class Compiled {
        private final Map<DeclarationKind, SymbolPatterns> includes = new EnumMap<>(DeclarationKind.class);
        private final Map<DeclarationKind, List<Exclude>> excludes = new EnumMap<>(DeclarationKind.class);
        private final Set<Path> sharedHeaders;
        /** Per file: whether it is a shared header, and the default verdict on what it declares. */
        private final Map<String, Boolean> sharedFiles = new HashMap<>();
        private final Map<String, Verdict> notInHeader = new HashMap<>();

        Compiled(SelectionPolicy policy) {
            this.sharedHeaders = policy.sharedHeaders();
            Map<DeclarationKind, List<String>> patterns = new EnumMap<>(DeclarationKind.class);
            for (SelectionRule rule : policy.rules()) {
                if (rule.include()) {
                    patterns.computeIfAbsent(rule.kind(), k -> new ArrayList<>()).add(rule.pattern());
                } else {
                    excludes.computeIfAbsent(rule.kind(), k -> new ArrayList<>())
                            .add(new Exclude(rule, new SymbolPatterns(List.of(rule.pattern()))));
                }
            }
            patterns.forEach((kind, list) -> includes.put(kind, new SymbolPatterns(list)));
        }

        /** {@return whether some include rule is of {@code kind}} */
        boolean narrows(DeclarationKind kind) {
            return includes.containsKey(kind);
        }

        /** {@return whether an include rule of {@code kind} matches} */
        boolean included(DeclarationKind kind, String cName, String file) {
            return cName != null && narrows(kind) && includes.get(kind).matches(cName, file);
        }

        /** {@return the exclude rule of {@code kind} that matches, or null} */
        SelectionRule excluding(DeclarationKind kind, String cName, String file) {
            if (cName == null) {
                return null;
            }
            for (Exclude exclude : excludes.getOrDefault(kind, List.of())) {
                if (exclude.patterns().matches(cName, file)) {
                    return exclude.rule();
                }
            }
            return null;
        }

        /**
         * Decides on one declaration by the rules alone.
         *
         * @param kind its kind
         * @param cName its C name (tag, macro or enumerator name), or {@code null} when it has none
         * @param typedefNames the typedefs naming it (for records and enums)
         * @param file the file it is declared in, as the front end spells it
         * @param inMainFile whether that is the header itself
         */
        Verdict decide(DeclarationKind kind, String cName, List<String> typedefNames, String file,
                boolean inMainFile) {
            SelectionRule excluded = excluding(kind, cName, file);
            for (int i = 0; excluded == null && i < typedefNames.size() && !excludes.isEmpty(); i++) {
                excluded = excluding(DeclarationKind.TYPEDEF, typedefNames.get(i), file);
            }
            if (excluded != null) {
                return new Verdict(false, "excluded", "excluded by " + excluded.spelling());
            }
            if (!inMainFile && isSharedHeader(file)) {
                return new Verdict(false, "other-header", "generated with " + file + ", another header of the run");
            }
            boolean byTypedef = false;
            for (int i = 0; !byTypedef && i < typedefNames.size() && narrows(DeclarationKind.TYPEDEF); i++) {
                byTypedef = included(DeclarationKind.TYPEDEF, typedefNames.get(i), file);
            }
            if (included(kind, cName, file) || byTypedef) {
                return new Verdict(true, "included", "matches an --include-" + (byTypedef ? "typedef" : kind.optionName())
                        + " rule");
            }
            if (narrows(kind)) {
                return new Verdict(false, "not-included", "matches no --include-" + kind.optionName() + " rule");
            }
            return inMainFile ? MAIN_FILE : notInHeader.computeIfAbsent(file, f -> new Verdict(false, "not-in-header",
                    "declared in " + f + ", which the header includes"));
        }

        /**
         * Decides on a function or variable by the rules alone. Unlike types and constants, the
         * default is the whole translation unit: a header's prototypes often live in the headers it
         * includes ({@code <unistd.h>} and {@code <bits/unistd_ext.h>}).
         *
         * @param name its C name
         * @param file the file it is declared in, as the front end spells it
         * @param inMainFile whether that is the header itself
         */
        Verdict decideSymbol(String name, String file, boolean inMainFile) {
            SelectionRule excluded = excluding(DeclarationKind.FUNCTION, name, file);
            if (excluded != null) {
                return new Verdict(false, "excluded", "excluded by " + excluded.spelling());
            }
            if (included(DeclarationKind.FUNCTION, name, file)) {
                return new Verdict(true, "included", "matches an --include-function rule");
            }
            if (narrows(DeclarationKind.FUNCTION)) {
                return new Verdict(false, "not-included", "matches no --include-function rule");
            }
            return inMainFile ? MAIN_FILE : TRANSLATION_UNIT;
        }

        private boolean isSharedHeader(String file) {
            if (sharedHeaders.isEmpty()) {
                return false;
            }
            return sharedFiles.computeIfAbsent(file, f -> {
                try {
                    return sharedHeaders.contains(Path.of(f).toAbsolutePath().normalize());
                } catch (InvalidPathException e) {
                    return false; // a built-in header
                }
            });
        }
    }

    /** {@return whether there are rules or other headers (the default policy has none)} */
    public boolean isDefault() {
        return rules.isEmpty() && sharedHeaders.isEmpty();
    }

    /** {@return the first rule whose pattern cannot be used with the reason, or {@code null}} */
    public String problem() {
        for (SelectionRule rule : rules) {
            String problem = rule.problem();
            if (problem != null) {
                return rule.spelling() + ": " + problem;
            }
        }
        return null;
    }

    static Compiled compile(SelectionPolicy policy) {
        return new Compiled(Objects.requireNonNull(policy, "policy"));
    }
}
