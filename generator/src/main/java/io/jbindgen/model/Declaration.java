package io.jbindgen.model;

import java.util.Optional;

/** A declaration the front end understood, in header order. */
public sealed interface Declaration
        permits RecordDecl, EnumDecl, TypedefDecl, MacroDecl, FunctionDecl, VariableDecl {

    /** {@return where the declaration starts} */
    Position position();

    /** {@return the comment that documents the declaration, if the header has one} */
    Optional<Comment> doc();
}
