package io.jbindgen.preprocess;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.lex.Token;
import io.jbindgen.model.Position;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the macro expanders of one run share: the macro table, which macros are being expanded
 * (and so may not expand again), the tokens painted "never expand" (C11 6.10.3.4p2), the
 * {@code __COUNTER__} (shared by a whole run), and the budget that stops runaway expansions.
 */
final class ExpansionState {
    final MacroTable macros;
    final Diagnostics diagnostics;
    private final Map<String, Integer> active;
    private final Set<Token> painted = Collections.newSetFromMap(new IdentityHashMap<>());
    /** How deeply macro arguments may nest inside arguments (each level is pre-expanded on the Java stack). */
    static final int MAX_ARGUMENT_DEPTH = 100;

    private final ExpansionBudget budget;
    private final int[] counter;
    private int argumentDepth;

    ExpansionState(MacroTable macros, Diagnostics diagnostics, ExpansionBudget budget, int[] counter) {
        this.macros = macros;
        this.diagnostics = diagnostics;
        this.active = new HashMap<>();
        this.budget = budget;
        this.counter = counter;
    }

    boolean isActive(String macro) {
        return active.containsKey(macro);
    }

    void activate(String macro) {
        Integer n = active.get(macro);
        active.put(macro, n == null ? 1 : n + 1);
    }

    void deactivate(String macro) {
        Integer n = active.get(macro);
        if (n == null) {
            return;
        }
        if (n == 1) {
            active.remove(macro);
        } else {
            active.put(macro, n - 1);
        }
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

    void startTopLevel() {
        budget.startTopLevel();
    }

    boolean charge(int n, Position where) {
        return budget.charge(n, where, diagnostics);
    }

    boolean aborted() {
        return budget.exhausted();
    }

    /** Enters the pre-expansion of an argument; {@return false (after reporting once) when nested too deeply} */
    boolean enterArgument(Position where) {
        if (argumentDepth >= MAX_ARGUMENT_DEPTH) {
            if (argumentDepth++ == MAX_ARGUMENT_DEPTH) {
                diagnostics.error(where, "macro-arguments-too-deep",
                        "macro invocations nested more than %d deep in arguments; macro expansion stopped",
                        MAX_ARGUMENT_DEPTH);
                diagnostics.suppressFollowOnErrors(where);
                budget.stop();
            }
            return false;
        }
        argumentDepth++;
        return true;
    }

    void leaveArgument() {
        argumentDepth--;
    }

    int nextCounter() {
        return counter[0]++;
    }
}
