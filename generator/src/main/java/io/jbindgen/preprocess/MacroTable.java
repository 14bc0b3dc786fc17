package io.jbindgen.preprocess;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.lex.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The macros defined at some point of a translation unit, in definition order, and full macro
 * expansion of token lists with them.
 */
public final class MacroTable {
    private final Map<String, MacroDefinition> macros;

    MacroTable() {
        this.macros = new LinkedHashMap<>();
    }

    private MacroTable(Map<String, MacroDefinition> macros) {
        this.macros = macros;
    }

    /** {@return an unchangeable view of this table, for when its run is over} */
    MacroTable snapshot() {
        return new MacroTable(java.util.Collections.unmodifiableMap(macros));
    }

    /** {@return the definition of {@code name}, or {@code null}} */
    public MacroDefinition get(String name) {
        return macros.get(name);
    }

    /** {@return whether {@code name} is a built-in macro ({@code __LINE__}…), whose expansion depends on where it is} */
    public static boolean isBuiltin(String name) {
        return BuiltinMacros.isBuiltin(name);
    }

    /** {@return whether {@code name} is defined as a macro} */
    public boolean isDefined(String name) {
        return macros.containsKey(name);
    }

    /** {@return every macro, in definition order} */
    public List<MacroDefinition> all() {
        return List.copyOf(macros.values());
    }

    /** {@return the object-like macros, in definition order} */
    public List<MacroDefinition> objectLike() {
        List<MacroDefinition> out = new ArrayList<>();
        for (MacroDefinition m : macros.values()) {
            if (!m.isFunctionLike()) {
                out.add(m);
            }
        }
        return out;
    }

    void define(MacroDefinition m) {
        macros.remove(m.name());
        macros.put(m.name(), m);
    }

    void undefine(String name) {
        macros.remove(name);
    }

    /**
     * Fully macro-expands {@code tokens} with this table (a trailing EOF token is allowed and dropped).
     * Problems (wrong argument counts, expansions beyond {@value ExpansionBudget#MAX_PER_LIST} tokens)
     * are reported to {@code diagnostics}.
     *
     * @return the expanded tokens, without an EOF token
     */
    public List<Token> expand(List<Token> tokens, Diagnostics diagnostics) {
        return expand(tokens, diagnostics, new ExpansionBudget(ExpansionBudget.MAX_PER_LIST), new int[1]);
    }

    /** Expands within a run's {@code budget}, sharing its {@code __COUNTER__}. */
    List<Token> expand(List<Token> tokens, Diagnostics diagnostics, ExpansionBudget budget, int[] counter) {
        ExpansionState state = new ExpansionState(this, diagnostics, budget, counter);
        return new MacroExpander(state, new ListSource(tokens)).expandAll();
    }
}
