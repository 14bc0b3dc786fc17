package io.jbindgen.select;

/** The kinds of C declaration a selection rule applies to, as jextract's {@code --include-*} options name them. */
public enum DeclarationKind {
    /** A {@code struct}: its record class. */
    STRUCT("struct"),
    /** A {@code union}: its record class. */
    UNION("union"),
    /** An {@code enum}: its enum class (its enumerators are constants). */
    ENUM("enum"),
    /** A {@code typedef} naming a record or enum: selects what it names. */
    TYPEDEF("typedef"),
    /** A macro with a value or an enumerator: a field of the constants class. */
    CONSTANT("constant"),
    /** A function or a global variable: a method of the functions class. */
    FUNCTION("function");

    private final String optionName;

    DeclarationKind(String optionName) {
        this.optionName = optionName;
    }

    /** {@return the name in option spellings: {@code struct} for {@code --include-struct}} */
    public String optionName() {
        return optionName;
    }
}
