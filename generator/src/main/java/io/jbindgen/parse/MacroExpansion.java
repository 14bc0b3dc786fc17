package io.jbindgen.parse;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.lex.Token;
import java.util.List;

/** The preprocessor's final macro table, as macro-value computation needs it. */
public interface MacroExpansion {

    /** {@return {@code tokens} fully macro-expanded; problems go to {@code diagnostics}} */
    List<Token> expand(List<Token> tokens, Diagnostics diagnostics);

    /** {@return the replacement list of the object-like macro {@code name}, or {@code null}} */
    List<Token> objectLikeBody(String name);

    /** {@return the replacement list of the macro {@code name}, object- or function-like, or {@code null}} */
    List<Token> body(String name);
}
