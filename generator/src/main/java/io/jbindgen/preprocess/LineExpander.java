package io.jbindgen.preprocess;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.lex.Token;
import java.util.List;

/**
 * Macro expansion for one run: of directive lines ({@code #if}, computed {@code #include},
 * {@code #line}) and of the text itself, all within one {@link ExpansionBudget} and one
 * {@code __COUNTER__}.
 */
final class LineExpander {
    private final MacroTable macros;
    private final Diagnostics diagnostics;
    private final ExpansionBudget budget = new ExpansionBudget();
    private final int[] counter = new int[1];

    LineExpander(MacroTable macros, Diagnostics diagnostics) {
        this.macros = macros;
        this.diagnostics = diagnostics;
    }

    /** {@return {@code tokens} fully expanded} */
    List<Token> expand(List<Token> tokens) {
        return macros.expand(tokens, diagnostics, budget, counter);
    }

    /** {@return an expander of everything {@code source} yields} */
    MacroExpander over(TokenSource source) {
        return new MacroExpander(new ExpansionState(macros, diagnostics, budget, counter), source);
    }
}
