package io.jbindgen.parse;

import io.jbindgen.lex.Token;
import io.jbindgen.model.CType;

/**
 * The declaration specifiers of one declaration.
 *
 * @param type the base type every declarator derives from
 * @param storage the storage class
 * @param inline whether {@code inline} (any spelling) was given
 * @param attributes attributes and {@code _Alignas} in the specifiers (they apply to each declarator)
 * @param forwardKey the key of a bare {@code struct tag} / {@code enum tag} reference (for
 *     {@code struct tag;}), or {@code null}
 * @param definesAnonymousRecord whether the specifiers define an untagged struct or union
 * @param first the first token of the specifiers
 * @param unsupported why the base type cannot be laid out on the target, or {@code null}
 * @param threadLocal whether {@code _Thread_local} / {@code __thread} was given
 */
record DeclSpec(CType type, Storage storage, boolean inline, AttrSet attributes, String forwardKey,
        boolean definesAnonymousRecord, Token first, String unsupported, boolean threadLocal) {

    /** Throws when the base type cannot be laid out: for members and typedefs, whose sizes matter. */
    void requireLayout() {
        if (unsupported != null) {
            throw new SyntaxError(first.reportPosition(), "unsupported-type", unsupported);
        }
    }

    /** The storage class of a declaration. */
    enum Storage { NONE, TYPEDEF, EXTERN, STATIC, OTHER }
}
