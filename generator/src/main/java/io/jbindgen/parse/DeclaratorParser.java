package io.jbindgen.parse;

import io.jbindgen.lex.Token;
import io.jbindgen.model.CType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Reads declarators: pointers, parentheses, arrays and function parameter lists. */
final class DeclaratorParser {
    private static final Set<String> POINTER_QUALIFIERS = Set.of("const", "__const", "__const__", "volatile",
            "__volatile", "__volatile__", "restrict", "__restrict", "__restrict__", "_Atomic", "_Nonnull",
            "_Nullable", "__capability");

    private final CParser parser;
    private final ArraySizes arrays;

    DeclaratorParser(CParser parser) {
        this.parser = parser;
        this.arrays = new ArraySizes(parser);
    }

    /**
     * Reads a declarator.
     *
     * @param allowAbstract whether the name may be missing (type names, parameters)
     */
    Declarator parse(boolean allowAbstract) {
        TokenCursor c = parser.cursor();
        parser.context().enter(c.peek());
        try {
            AttrSet attrs = new AttrSet();
            int pointers = 0;
            while (true) {
                if (c.accept("*")) {
                    pointers++;
                } else if (c.peek().isIdentifier() && POINTER_QUALIFIERS.contains(c.peek().text())) {
                    c.next();
                } else if (parser.attributes().atAttribute()) {
                    pointerAttributes(pointers > 0, attrs);
                } else {
                    break;
                }
            }
            Declarator inner = null;
            Token name = null;
            if (c.at("(") && nestedDeclaratorFollows()) {
                c.next();
                inner = parse(allowAbstract);
                c.expect(")");
                name = inner.name();
                attrs.addAll(inner.attributes());
            } else if (c.peek().isIdentifier() && !parser.attributes().atAttribute()) {
                name = c.next();
            } else if (!allowAbstract) {
                throw c.error("expected a declarator " + c.found());
            }
            List<ParameterList> lists = new ArrayList<>();
            List<UnaryOperator<CType>> suffixes = suffixes(lists);
            ParameterList parameters = inner != null ? inner.parameters()
                    : name != null && !lists.isEmpty() ? lists.getFirst() : null;
            return new Declarator(name, compose(pointers, suffixes, inner), attrs, parameters);
        } finally {
            parser.context().leave();
        }
    }

    /**
     * Reads attributes among the pointers of a declarator. After a {@code *}, gcc applies them to that
     * pointer type, not to the declaration: {@code packed} is ignored there (a pointer is no record), and
     * an {@code aligned} gives the pointer type an alignment of its own, which may even be lower: a type
     * jbindgen does not model, so such a declaration gets an error instead of a guessed layout.
     */
    private void pointerAttributes(boolean afterStar, AttrSet into) {
        Token at = parser.cursor().peek();
        AttrSet read = new AttrSet();
        parser.attributes().parse(read);
        if (!afterStar) {
            into.addAll(read);
            return;
        }
        into.addUnsupported(read);
        if (read.hasAlignment()) {
            into.unsupported(new SyntaxError(at.reportPosition(), "unsupported-attribute", "'aligned' after '*'"
                    + " gives the pointer type its own alignment, which jbindgen does not model"));
        }
    }

    private boolean nestedDeclaratorFollows() {
        Token next = parser.cursor().peek(1);
        if (next.is("*") || next.is("(") || next.is("^")) {
            return true;
        }
        if (next.isIdentifier()) {
            String s = next.text();
            return s.equals("__attribute__") || s.equals("__attribute") || !parser.specifiers().atSpecifierName(s);
        }
        return false;
    }

    /** Reads array and function suffixes; {@code lists} gets the first suffix's parameter list when it is a function's. */
    private List<UnaryOperator<CType>> suffixes(List<ParameterList> lists) {
        TokenCursor c = parser.cursor();
        List<UnaryOperator<CType>> out = new ArrayList<>();
        while (true) {
            if (c.at("[") && !c.peek(1).is("[")) {
                out.add(arrays.parseSuffix());
            } else if (c.at("(")) {
                ParameterList parameters = new ParameterList();
                out.add(functionSuffix(parameters));
                if (out.size() == 1) {
                    lists.add(parameters);
                }
            } else {
                return out;
            }
        }
    }

    private static UnaryOperator<CType> compose(int pointers, List<UnaryOperator<CType>> suffixes, Declarator inner) {
        return base -> {
            CType t = base;
            for (int i = 0; i < pointers; i++) {
                t = new CType.Pointer(t);
            }
            for (int i = suffixes.size() - 1; i >= 0; i--) {
                t = suffixes.get(i).apply(t);
            }
            return inner == null ? t : inner.type(t);
        };
    }

    private UnaryOperator<CType> functionSuffix(ParameterList names) {
        TokenCursor c = parser.cursor();
        Token open = c.expect("(");
        parser.context().enter(open);
        parser.context().prototypeScope(1);
        try {
            List<CType> params = new ArrayList<>();
            boolean variadic = false;
            if (c.at("void") && c.peek(1).is(")")) {
                c.next();
            } else if (!c.at(")") && !parser.specifiers().atSpecifier()) {
                c.collectUntil(Set.of(")"));
                names.identifierList();
            } else {
                while (!c.at(")")) {
                    if (c.accept("...")) {
                        variadic = true;
                        break;
                    }
                    params.add(parameter(names));
                    if (!c.accept(",")) {
                        break;
                    }
                }
            }
            c.expect(")");
            boolean isVariadic = variadic;
            return ret -> new CType.Function(ret, params, isVariadic);
        } finally {
            parser.context().prototypeScope(-1);
            parser.context().leave();
        }
    }

    private CType parameter(ParameterList names) {
        DeclSpec spec = parser.specifiers().parse(null);
        Declarator d = parse(true);
        if (d.name() != null && names.names().contains(d.name().text())) {
            parser.context().diagnostics().error(d.name().reportPosition(), "redefinition",
                    "redefinition of parameter '" + d.name().text() + "'");
        }
        names.add(d.name() == null ? "" : d.name().text(), spec.unsupported());
        parser.attributes().parse(new AttrSet());
        CType t = d.type(spec.type());
        CType canonical = t.canonical();
        if (canonical instanceof CType.Array a) {
            return new CType.Pointer(a.element());
        }
        return canonical instanceof CType.Function ? new CType.Pointer(t) : t;
    }
}
