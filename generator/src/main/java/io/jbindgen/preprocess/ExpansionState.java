package io.jbindgen.preprocess;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.lex.Token;
import io.jbindgen.model.Position;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the macro expanders of one run share: the macro table, which macros are being expanded
 * (and so may not expand again), the tokens painted "never expand" (C11 6.10.3.4p2), the
 * {@code __COUNTER__}, and the budget that stops runaway expansions.
 */
final class ExpansionState {
    /** Tokens one top-level macro invocation may produce, counting every level of rescanning. */
    static final int MAX_PER_EXPANSION = 1_000_000;
    /** Tokens all macro invocations of one translation unit may produce. */
    static final int MAX_PER_UNIT = 8_000_000;

    final MacroTable macros;
    final Diagnostics diagnostics;
    private final Map<String, Integer> active;
    private final Set<Token> painted = Collections.newSetFromMap(new IdentityHashMap<>());
    private long unitTokens;
    private long expansionTokens;
    private boolean aborted;
    private int counter;

    ExpansionState(MacroTable macros, Diagnostics diagnostics, Map<String, Integer> active) {
        this.macros = macros;
        this.diagnostics = diagnostics;
        this.active = active;
    }

    boolean isActive(String macro) {
        return active.containsKey(macro);
    }

    void activate(String macro) {
        active.merge(macro, 1, Integer::sum);
    }

    void deactivate(String macro) {
        active.computeIfPresent(macro, (k, n) -> n == 1 ? null : n - 1);
    }

    boolean isPainted(Token t) {
        return !painted.isEmpty() && painted.contains(t);
    }

    void paint(Token t) {
        painted.add(t);
    }

    /** {@return a copy of {@code t} at another expansion site, painted if {@code t} was} */
    Token relocate(Token t, Position expansion, boolean leadingSpace) {
        Token c = new Token(t.kind(), t.text(), t.position(), expansion, leadingSpace, false, java.util.List.of());
        if (isPainted(t)) {
            painted.add(c);
        }
        return c;
    }

    /** Starts the count of a new top-level invocation. */
    void startTopLevel() {
        expansionTokens = 0;
    }

    /**
     * Charges {@code n} produced tokens; {@return false once a limit is exceeded}, after reporting it
     * once at {@code where}.
     */
    boolean charge(int n, Position where) {
        if (aborted) {
            return false;
        }
        unitTokens += n;
        expansionTokens += n;
        if (expansionTokens > MAX_PER_EXPANSION || unitTokens > MAX_PER_UNIT) {
            aborted = true;
            diagnostics.error(where, "macro-expansion-too-large",
                    "macro expansion too large (more than %d tokens); macro expansion stopped",
                    expansionTokens > MAX_PER_EXPANSION ? MAX_PER_EXPANSION : MAX_PER_UNIT);
            return false;
        }
        return true;
    }

    boolean aborted() {
        return aborted;
    }

    int nextCounter() {
        return counter++;
    }
}
