package io.jbindgen.eval;

import io.jbindgen.target.ScalarInfo;
import io.jbindgen.target.Target;
import io.jbindgen.lex.Token;
import io.jbindgen.model.CType;
import io.jbindgen.model.ScalarKind;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * A {@link TypeContext} that knows only C's own arithmetic type names ({@code unsigned long int},
 * {@code signed char}, {@code _Bool}…), optionally followed by {@code *}s, sized by a target. The
 * parser's context, which also knows typedefs and records, replaces it for declarations.
 */
public final class ScalarTypeNames implements TypeContext {
    private static final Set<String> WORDS = Set.of("void", "char", "short", "int", "long", "signed", "unsigned",
            "__signed__", "__signed", "_Bool", "float", "double", "__int128", "const", "volatile", "__const");

    private final Target target;

    /** Creates a context for {@code target}. */
    public ScalarTypeNames(Target target) {
        this.target = target;
    }

    @Override
    public TypeName typeName(List<Token> tokens, int start) {
        Specifiers s = new Specifiers();
        int i = start;
        while (i < tokens.size() && tokens.get(i).isIdentifier() && WORDS.contains(tokens.get(i).text())) {
            s.add(tokens.get(i).text());
            i++;
        }
        if (i == start) {
            return null;
        }
        CType type = s.type();
        if (type == null) {
            return null;
        }
        while (i < tokens.size() && tokens.get(i).is("*")) {
            type = new CType.Pointer(type);
            i++;
        }
        return new TypeName(type, i);
    }

    @Override
    public long sizeOf(CType type) {
        return measure(type, ScalarInfo::size);
    }

    @Override
    public long alignOf(CType type) {
        return measure(type, ScalarInfo::fieldAlign);
    }

    @Override
    public long preferredAlignOf(CType type) {
        return measure(type, ScalarInfo::align);
    }

    private long measure(CType type, ToIntFunction<ScalarInfo> property) {
        CType c = type.canonical();
        if (c instanceof CType.Scalar s) {
            return target.scalar(s.kind()).map(x -> (long) property.applyAsInt(x)).orElse(-1L);
        }
        return c instanceof CType.Void ? 1 : property.applyAsInt(target.pointer());
    }

    /** The multiset of type specifier keywords seen. */
    private static final class Specifiers {
        int longs;
        boolean signed;
        boolean unsigned;
        String base;

        void add(String w) {
            switch (w) {
                case "long" -> longs++;
                case "signed", "__signed__", "__signed" -> signed = true;
                case "unsigned" -> unsigned = true;
                case "const", "volatile", "__const" -> { }
                default -> base = w;
            }
        }

        CType type() {
            if ("void".equals(base)) {
                return new CType.Void();
            }
            ScalarKind k = kind();
            return k == null ? null : new CType.Scalar(k);
        }

        private ScalarKind kind() {
            if (base == null || base.equals("int")) {
                if (longs == 0 && !signed && !unsigned && base == null) {
                    return null;
                }
                return switch (longs) {
                    case 0 -> unsigned ? ScalarKind.UNSIGNED_INT : ScalarKind.INT;
                    case 1 -> unsigned ? ScalarKind.UNSIGNED_LONG : ScalarKind.LONG;
                    default -> unsigned ? ScalarKind.UNSIGNED_LONG_LONG : ScalarKind.LONG_LONG;
                };
            }
            return switch (base) {
                case "char" -> unsigned ? ScalarKind.UNSIGNED_CHAR : signed ? ScalarKind.SIGNED_CHAR : ScalarKind.CHAR;
                case "short" -> unsigned ? ScalarKind.UNSIGNED_SHORT : ScalarKind.SHORT;
                case "_Bool" -> ScalarKind.BOOL;
                case "__int128" -> unsigned ? ScalarKind.UNSIGNED_INT128 : ScalarKind.INT128;
                case "float" -> ScalarKind.FLOAT;
                case "double" -> longs > 0 ? ScalarKind.LONG_DOUBLE : ScalarKind.DOUBLE;
                default -> null;
            };
        }
    }
}
