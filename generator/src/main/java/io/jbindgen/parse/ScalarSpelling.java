package io.jbindgen.parse;

import io.jbindgen.lex.Token;
import io.jbindgen.model.CType;
import io.jbindgen.model.ScalarKind;
import java.util.Set;

/**
 * Accumulates the basic type keywords of a declaration ({@code unsigned}, {@code long}, {@code int},
 * {@code __signed__}…) in any order and resolves them to a C type.
 */
final class ScalarSpelling {
    private static final Set<String> KEYWORDS = Set.of("void", "char", "short", "int", "long", "float", "double",
            "signed", "__signed", "__signed__", "unsigned", "_Bool", "__int128", "_Complex", "__complex__",
            "_Float32", "_Float64", "_Float32x", "_Float64x", "_Float128", "__float128", "_Float16", "__fp16");

    private String base;
    private int longs;
    private boolean signed;
    private boolean unsigned;
    private boolean shortSeen;
    private boolean complex;
    private Token first;

    static boolean isKeyword(String text) {
        return KEYWORDS.contains(text);
    }

    /**
     * {@return why the resolved type cannot be laid out on {@code target}, or {@code null}: complex
     * types are not modelled, and the 128-bit binary float is modelled as {@code long double}, which is only right where that is 16 bytes}
     */
    String unsupportedOn(io.jbindgen.target.Target target) {
        if (complex) {
            return "complex types ('_Complex') are not supported";
        }
        boolean quad = "_Float128".equals(base) || "__float128".equals(base) || "_Float64x".equals(base);
        boolean fits = target.scalar(ScalarKind.LONG_DOUBLE).map(i -> i.size() == 16).orElse(false);
        return quad && !fits ? "'" + base + "' is not supported on target " + target.name() : null;
    }

    boolean isEmpty() {
        return first == null;
    }

    /** Adds one keyword; throws on combinations C does not allow. */
    void add(Token t) {
        if (first == null) {
            first = t;
        }
        switch (t.text()) {
            case "signed", "__signed", "__signed__" -> signed = true;
            case "unsigned" -> unsigned = true;
            case "long" -> longs++;
            case "short" -> shortSeen = true;
            case "_Complex", "__complex__" -> complex = true;
            case "int" -> base = base == null ? "int" : conflict(t);
            default -> base = base == null || base.equals("int") ? t.text() : conflict(t);
        }
        if (signed && unsigned || longs > 2) {
            conflict(t);
        }
    }

    private String conflict(Token t) {
        throw new SyntaxError(t.reportPosition(), "syntax-error", "invalid combination of type specifiers at '" + t.text() + "'");
    }

    CType resolve() {
        String b = base == null ? "int" : base;
        return switch (b) {
            case "void" -> new CType.Void();
            case "_Bool" -> scalar(ScalarKind.BOOL);
            case "char" -> scalar(unsigned ? ScalarKind.UNSIGNED_CHAR : signed ? ScalarKind.SIGNED_CHAR : ScalarKind.CHAR);
            case "float", "_Float32", "_Float16", "__fp16" -> scalar(ScalarKind.FLOAT);
            case "double", "_Float64", "_Float32x" -> scalar(longs > 0 ? ScalarKind.LONG_DOUBLE : ScalarKind.DOUBLE);
            // modelled as long double; unsupportedOn() rejects targets where that is wrong
            case "_Float64x", "_Float128", "__float128" -> scalar(ScalarKind.LONG_DOUBLE);
            case "__int128" -> scalar(unsigned ? ScalarKind.UNSIGNED_INT128 : ScalarKind.INT128);
            default -> integer();
        };
    }

    private CType integer() {
        ScalarKind k;
        if (shortSeen) {
            k = unsigned ? ScalarKind.UNSIGNED_SHORT : ScalarKind.SHORT;
        } else if (longs == 1) {
            k = unsigned ? ScalarKind.UNSIGNED_LONG : ScalarKind.LONG;
        } else if (longs == 2) {
            k = unsigned ? ScalarKind.UNSIGNED_LONG_LONG : ScalarKind.LONG_LONG;
        } else {
            k = unsigned ? ScalarKind.UNSIGNED_INT : ScalarKind.INT;
        }
        return scalar(k);
    }

    private static CType scalar(ScalarKind k) {
        return new CType.Scalar(k);
    }
}
