package io.jbindgen.parse;

import io.jbindgen.eval.IntValue;
import io.jbindgen.lex.Token;
import io.jbindgen.model.CType;
import io.jbindgen.model.Comment;
import java.util.Set;

/** Reads declaration specifiers: storage class, qualifiers, attributes and the base type. */
final class TypeSpecifierParser {
    private static final Set<String> QUALIFIERS = Set.of("const", "__const", "__const__", "volatile", "__volatile",
            "__volatile__", "restrict", "__restrict", "__restrict__", "_Atomic", "_Noreturn", "__extension__",
            "register", "auto", "_Thread_local", "__thread", "__auto_type");
    private static final Set<String> INLINE = Set.of("inline", "__inline", "__inline__");
    private static final Set<String> TYPEOF = Set.of("typeof", "__typeof", "__typeof__");

    private final CParser parser;

    TypeSpecifierParser(CParser parser) {
        this.parser = parser;
    }

    /** {@return whether the current token can start declaration specifiers} */
    boolean atSpecifier() {
        Token t = parser.cursor().peek();
        if (!t.isIdentifier()) {
            return parser.attributes().atAttribute();
        }
        return atSpecifierName(t.text());
    }

    /** {@return whether the identifier {@code s} is a specifier keyword or a typedef name} */
    boolean atSpecifierName(String s) {
        return isSpecifierName(s, parser.context());
    }

    /** {@return whether the identifier {@code s} is a specifier keyword or a typedef name in {@code context}} */
    static boolean isSpecifierName(String s, ParseContext context) {
        return ScalarSpelling.isKeyword(s) || QUALIFIERS.contains(s) || INLINE.contains(s) || TYPEOF.contains(s)
                || s.equals("struct") || s.equals("union") || s.equals("enum") || s.equals("typedef")
                || s.equals("extern") || s.equals("static") || s.equals("_Alignas") || s.equals("__attribute__")
                || s.equals("__attribute") || context.scope().isTypedef(s);
    }

    /**
     * Reads declaration specifiers.
     *
     * @param doc the comment documenting the declaration, given to records and enums it defines
     * @return the specifiers; throws when there is no type at all
     */
    DeclSpec parse(Comment doc) {
        TokenCursor c = parser.cursor();
        Token first = c.peek();
        ScalarSpelling scalar = new ScalarSpelling();
        AttrSet attrs = new AttrSet();
        CType named = null;
        DeclSpec.Storage storage = DeclSpec.Storage.NONE;
        boolean inline = false;
        boolean threadLocal = false;
        String forwardKey = null;
        boolean anonymous = false;
        while (true) {
            Token t = c.peek();
            String s = t.text();
            if (!t.isIdentifier() && !t.is("[")) {
                break;
            }
            if (parser.attributes().atAttribute()) {
                parser.attributes().parse(attrs);
            } else if (QUALIFIERS.contains(s)) {
                threadLocal |= s.equals("_Thread_local") || s.equals("__thread");
                c.next();
            } else if (INLINE.contains(s)) {
                c.next();
                inline = true;
            } else if (s.equals("typedef") || s.equals("extern") || s.equals("static")) {
                c.next();
                storage = DeclSpec.Storage.valueOf(s.toUpperCase(java.util.Locale.ROOT));
            } else if (s.equals("_Alignas")) {
                long alignas = alignas();
                if (alignas > 0) {
                    attrs.aligned(alignas);
                }
            } else if (ScalarSpelling.isKeyword(s) && named == null) {
                scalar.add(c.next());
            } else if (named != null || !scalar.isEmpty()) {
                break;
            } else if (s.equals("struct") || s.equals("union") || s.equals("enum")) {
                TagResult r = s.equals("enum") ? parser.enums().parse(doc) : parser.records().parse(doc);
                named = r.type();
                attrs.addAll(r.declarationAttributes());
                forwardKey = r.defined() ? null : r.key();
                anonymous = r.defined() && r.anonymous() && !s.equals("enum");
            } else if (TYPEOF.contains(s)) {
                named = typeOf();
            } else if (parser.context().scope().isTypedef(s)) {
                named = parser.context().scope().typedef(c.next().text());
            } else {
                break;
            }
        }
        if (named == null && scalar.isEmpty()) {
            Token t = c.peek();
            throw new SyntaxError(t.reportPosition(), "syntax-error", t.isIdentifier()
                    ? "unknown type name '" + t.text() + "'" : "expected a type " + c.found());
        }
        CType type = named != null ? named : scalar.resolve();
        String unsupported = named == null ? scalar.unsupportedOn(parser.context().target())
                : named instanceof CType.Typedef t ? parser.context().scope().unmodelled(t.name()) : null;
        return new DeclSpec(type, storage, inline, attrs, forwardKey, anonymous, first, unsupported, threadLocal);
    }

    /** {@return the alignment an {@code _Alignas} asks for, in bytes; 0 for {@code _Alignas(0)}, which asks nothing} */
    private long alignas() {
        TokenCursor c = parser.cursor();
        Token at = c.next();
        c.expect("(");
        long align;
        if (atSpecifier()) {
            CType t = parser.typeName();
            align = parser.context().sizes().alignOf(t);
        } else {
            IntValue v = parser.context().evaluate(c.collectUntil(Set.of(")")), at.reportPosition(), parser.typeContext());
            align = v == null ? TypeSizes.UNKNOWN : v.bits();
        }
        c.expect(")");
        if (align == 0) {
            return 0; // C11: _Alignas(0) has no effect
        }
        if (align < 0) {
            throw new SyntaxError(at.reportPosition(), "bad-alignas", "_Alignas needs a known positive alignment");
        }
        if (Long.bitCount(align) != 1) {
            throw new SyntaxError(at.reportPosition(), "bad-alignas",
                    "requested alignment '" + align + "' is not a positive power of 2");
        }
        return align;
    }

    private CType typeOf() {
        TokenCursor c = parser.cursor();
        Token at = c.next();
        c.expect("(");
        if (!atSpecifier()) {
            CType declared = c.peek().isIdentifier() && c.peek(1).is(")")
                    ? parser.context().scope().objectType(c.peek().text()) : null;
            if (declared == null) {
                throw new SyntaxError(at.reportPosition(), "unsupported-typeof",
                        "typeof of an expression is not supported (only of a declared function or variable's name)");
            }
            c.next();
            c.expect(")");
            return declared;
        }
        CType t = parser.typeName();
        c.expect(")");
        return t;
    }
}
