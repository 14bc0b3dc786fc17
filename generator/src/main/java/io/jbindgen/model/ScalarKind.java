package io.jbindgen.model;

/** The C arithmetic types whose size and alignment a target ABI defines. */
public enum ScalarKind {
    BOOL("_Bool", false, true),
    CHAR("char", false, true),
    SIGNED_CHAR("signed char", false, true),
    UNSIGNED_CHAR("unsigned char", false, true),
    SHORT("short", false, true),
    UNSIGNED_SHORT("unsigned short", false, true),
    INT("int", false, true),
    UNSIGNED_INT("unsigned int", false, true),
    LONG("long", false, true),
    UNSIGNED_LONG("unsigned long", false, true),
    LONG_LONG("long long", false, true),
    UNSIGNED_LONG_LONG("unsigned long long", false, true),
    INT128("__int128", false, true),
    UNSIGNED_INT128("unsigned __int128", false, true),
    FLOAT("float", true, false),
    DOUBLE("double", true, false),
    LONG_DOUBLE("long double", true, false);

    private final String spelling;
    private final boolean floating;
    private final boolean integer;

    ScalarKind(String spelling, boolean floating, boolean integer) {
        this.spelling = spelling;
        this.floating = floating;
        this.integer = integer;
    }

    /** {@return the canonical C spelling, e.g. {@code unsigned long}} */
    public String spelling() {
        return spelling;
    }

    /** {@return whether this is a floating type} */
    public boolean isFloating() {
        return floating;
    }

    /** {@return whether this is an integer type (including {@code _Bool} and the char types)} */
    public boolean isInteger() {
        return integer;
    }

    /**
     * {@return whether the type is unsigned; {@code char} answers {@code false} here because its
     * signedness is the target's choice (see the target's {@code charSigned})}
     */
    public boolean isUnsigned() {
        return switch (this) {
            case BOOL, UNSIGNED_CHAR, UNSIGNED_SHORT, UNSIGNED_INT, UNSIGNED_LONG, UNSIGNED_LONG_LONG,
                    UNSIGNED_INT128 -> true;
            default -> false;
        };
    }
}
