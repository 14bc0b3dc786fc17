package io.jbindgen.preprocess;

import io.jbindgen.lex.Token;

/** Where a macro expander takes the tokens it has not produced itself from. */
interface TokenSource {
    /** {@return the next token; an EOF token at the end, and forever after} */
    Token next();
}
