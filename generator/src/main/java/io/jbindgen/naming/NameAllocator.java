package io.jbindgen.naming;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Gives out unique Java names within one scope. A request that clashes with a name already taken
 * (by a generated member or an earlier C name) gets {@code _2}, {@code _3}… appended; since requests
 * come in declaration order, the result is deterministic.
 */
public final class NameAllocator {
    private final Set<String> taken = new HashSet<>();

    /** Starts with {@code reserved} taken. */
    public NameAllocator(Set<String> reserved) {
        taken.addAll(reserved);
    }

    /** {@return whether {@code name} is taken} */
    public boolean isTaken(String name) {
        return taken.contains(name);
    }

    /** {@return {@code wanted}, or the first free variant of it} */
    public String allocate(String wanted) {
        return allocate(wanted, n -> List.of(n));
    }

    /**
     * Allocates a base name together with the names derived from it (e.g. {@code fooEnum} for
     * {@code foo}); the base is changed until none of its derived names is taken.
     *
     * @param wanted the preferred base name
     * @param derived every name a base occupies, the base itself included
     * @return the base name chosen
     */
    public String allocate(String wanted, Function<String, List<String>> derived) {
        String candidate = wanted;
        for (int n = 2; derived.apply(candidate).stream().anyMatch(taken::contains); n++) {
            candidate = wanted + "_" + n;
        }
        taken.addAll(derived.apply(candidate));
        return candidate;
    }
}
