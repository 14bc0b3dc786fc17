package io.jbindgen.parse;

import io.jbindgen.eval.IntValue;
import io.jbindgen.lex.Token;
import io.jbindgen.model.CType;
import io.jbindgen.model.Comment;
import io.jbindgen.model.FieldDecl;
import io.jbindgen.model.ScalarKind;
import java.util.List;
import java.util.Set;

/** Reads one member declaration of a record body: {@code type a, *b, c : 3;}. */
final class MemberParser {
    private final CParser parser;

    MemberParser(CParser parser) {
        this.parser = parser;
    }

    void parse(List<FieldDecl> fields) {
        TokenCursor c = parser.cursor();
        if (parser.skipStaticAssert()) {
            return;
        }
        Token first = c.peek();
        Comment lead = CommentAttacher.leading(first, c.previous());
        DeclSpec spec = parser.specifiers().parse(lead);
        if (spec.storage() != DeclSpec.Storage.NONE) {
            throw new SyntaxError(first.reportPosition(), "syntax-error",
                    "a member declaration takes no storage class ('static', 'extern', 'typedef', 'register', ...)");
        }
        spec.requireLayout();
        if (c.at(";")) {
            Token end = c.next();
            if (spec.definesAnonymousRecord()) {
                fields.add(new FieldDecl(null, spec.type(), FieldDecl.NOT_A_BITFIELD, spec.attributes().toAttributes(),
                        CommentAttacher.either(lead, end, c.peek()), first.reportPosition()));
            }
            return;
        }
        while (true) {
            Declarator d = c.at(":") ? new Declarator(null, t -> t, new AttrSet()) : parser.declarators().parse(false);
            AttrSet attrs = new AttrSet();
            attrs.addAll(spec.attributes());
            attrs.addAll(d.attributes());
            boolean afterName = d.name() != null && parser.attributes().atAttribute();
            parser.attributes().parse(attrs);
            CType type = ModeAttribute.apply(d.type(spec.type()), attrs, parser.context().target());
            int width = FieldDecl.NOT_A_BITFIELD;
            Token at = d.name() != null ? d.name() : c.peek();
            if (afterName && c.at(":")) {
                throw c.error("expected ',', ';' or '}' " + c.found() + " (an attribute after a bit-field's name "
                        + "belongs after its width)");
            }
            if (c.accept(":")) {
                width = bitWidth(at, d.name(), type, attrs);
            }
            boolean last = c.at("}");
            if (!c.at(",") && !c.at(";") && !last) {
                throw c.error("expected ';' or ',' after member " + c.found());
            }
            attrs.requireLayout();
            if (last) {
                // gcc accepts a last member without its semicolon, with a pedantic warning
                parser.context().diagnostics().warning(c.peek().reportPosition(), "missing-semicolon",
                        "no semicolon at end of struct or union");
                fields.add(new FieldDecl(d.name() == null ? null : d.name().text(), type, width, attrs.toAttributes(),
                        lead, at.reportPosition()));
                return;
            }
            Token end = c.next();
            fields.add(new FieldDecl(d.name() == null ? null : d.name().text(), type, width, attrs.toAttributes(),
                    CommentAttacher.either(lead, end, c.peek()), at.reportPosition()));
            if (end.is(";")) {
                return;
            }
        }
    }

    /** Reads the width expression and the attributes after it (which the expression's tokens run into). */
    private int bitWidth(Token at, Token name, CType type, AttrSet attrs) {
        TokenCursor c = parser.cursor();
        Token colon = c.previous();
        List<Token> expr = c.collectUntil(Set.of(",", ";", "}"));
        int attribute = attributeStart(expr);
        if (attribute >= 0) {
            CParser trailing = new CParser(parser.context(), new TokenCursor(expr, attribute));
            trailing.attributes().parse(attrs);
            if (!trailing.cursor().atEnd()) {
                throw trailing.cursor().error("expected ';' or ',' after bit-field " + trailing.cursor().found());
            }
            expr = expr.subList(0, attribute);
        }
        IntValue w = parser.context().evaluate(expr, colon.reportPosition(), parser.typeContext());
        String what = name == null ? "unnamed bit-field" : "bit-field '" + name.text() + "'";
        if (w == null) {
            throw SyntaxError.alreadyReported(at.reportPosition());
        }
        CType canonical = type.canonical();
        boolean integral = canonical instanceof CType.Enum
                || canonical instanceof CType.Scalar s && s.kind().isInteger();
        if (!integral) {
            throw new SyntaxError(at.reportPosition(), "bad-bitfield", what + " has invalid type " + type.spelling());
        }
        // a _Bool holds one bit (gcc checks the width against the type's precision)
        long bits = canonical instanceof CType.Scalar s && s.kind() == ScalarKind.BOOL ? 1
                : parser.context().sizes().sizeOf(type) * 8;
        if (w.isNegative()) {
            throw new SyntaxError(at.reportPosition(), "bad-bitfield", what + " has negative width");
        }
        if (bits > 0 && Long.compareUnsigned(w.bits(), bits) > 0) {
            throw new SyntaxError(at.reportPosition(), "bad-bitfield", "width of " + what + " exceeds its type");
        }
        if (w.bits() == 0 && name != null) {
            throw new SyntaxError(at.reportPosition(), "bad-bitfield", "zero width for " + what);
        }
        return (int) w.bits();
    }

    private static int attributeStart(List<Token> expr) {
        for (int i = 0; i < expr.size(); i++) {
            if (expr.get(i).is("__attribute__") || expr.get(i).is("__attribute")) {
                return i;
            }
        }
        return -1;
    }
}
