package io.jbindgen.parse;

import io.jbindgen.lex.Token;
import io.jbindgen.model.CType;
import java.util.function.UnaryOperator;

/**
 * One parsed declarator: the declared name and how it derives its type from the base type.
 *
 * @param name the name token, or {@code null} for an abstract declarator
 * @param derive turns the specifiers' base type into the declared type
 * @param attributes attributes written inside the declarator
 * @param parameters when the declarator declares a function: its parameter list, else {@code null}
 */
record Declarator(Token name, UnaryOperator<CType> derive, AttrSet attributes, ParameterList parameters) {

    Declarator(Token name, UnaryOperator<CType> derive, AttrSet attributes) {
        this(name, derive, attributes, null);
    }

    /** {@return the declared type for {@code base}} */
    CType type(CType base) {
        return derive.apply(base);
    }
}
