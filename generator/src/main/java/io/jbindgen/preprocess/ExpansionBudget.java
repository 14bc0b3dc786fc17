package io.jbindgen.preprocess;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.Position;

/**
 * How many tokens macro expansion may produce: per top-level invocation and per translation unit
 * (the main text and every directive line share one budget), so that exponentially growing
 * expansions stop quickly with one error.
 */
final class ExpansionBudget {
    /** Tokens one top-level macro invocation may produce, counting every level of rescanning. */
    static final int MAX_PER_EXPANSION = 1_000_000;
    /** Tokens all macro invocations of one translation unit may produce. */
    static final int MAX_PER_UNIT = 8_000_000;
    /**
     * Tokens one expansion of a token list after the run may produce (the value of an object-like
     * macro): no constant expression worth a binding is that long, and each macro of a header full of
     * exploding definitions then costs little.
     */
    static final int MAX_PER_LIST = 100_000;

    private final int perExpansion;

    private long unitTokens;
    private long expansionTokens;
    private boolean exhausted;

    /** Creates the budget of a preprocessor run. */
    ExpansionBudget() {
        this(MAX_PER_EXPANSION);
    }

    /** Creates a budget allowing {@code perExpansion} tokens per top-level invocation. */
    ExpansionBudget(int perExpansion) {
        this.perExpansion = perExpansion;
    }

    /** Starts the count of a new top-level invocation. */
    void startTopLevel() {
        expansionTokens = 0;
    }

    /**
     * Charges {@code n} produced tokens; {@return false once a limit is exceeded}, after reporting it
     * once at {@code where}.
     */
    boolean charge(int n, Position where, Diagnostics diagnostics) {
        if (exhausted) {
            return false;
        }
        unitTokens += n;
        expansionTokens += n;
        if (expansionTokens > perExpansion || unitTokens > MAX_PER_UNIT) {
            exhausted = true;
            diagnostics.error(where, "macro-expansion-too-large",
                    "macro expansion too large (more than %d tokens); macro expansion stopped",
                    expansionTokens > perExpansion ? perExpansion : MAX_PER_UNIT);
            diagnostics.suppressFollowOnErrors(where);
            return false;
        }
        return true;
    }

    /** Stops all further expansion (another limit was hit and reported). */
    void stop() {
        exhausted = true;
    }

    /** {@return whether a limit was exceeded, after which nothing more is expanded} */
    boolean exhausted() {
        return exhausted;
    }
}
