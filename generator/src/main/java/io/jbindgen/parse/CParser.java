package io.jbindgen.parse;

import io.jbindgen.eval.TypeContext;
import io.jbindgen.lex.Token;
import io.jbindgen.model.CType;

/**
 * One parse over one token list: the cursor plus the cooperating sub-parsers, which reach each
 * other through it (records contain declarators, declarators contain parameter types…).
 */
final class CParser {
    private final ParseContext context;
    private final TokenCursor cursor;
    private final AttributeParser attributes = new AttributeParser(this);
    private final TypeSpecifierParser specifiers = new TypeSpecifierParser(this);
    private final DeclaratorParser declarators = new DeclaratorParser(this);
    private final RecordParser records = new RecordParser(this);
    private final EnumParser enums = new EnumParser(this);
    private final TypeContext typeContext;

    CParser(ParseContext context, TokenCursor cursor) {
        this.context = context;
        this.cursor = cursor;
        this.typeContext = new ParserTypeContext(context);
    }

    ParseContext context() {
        return context;
    }

    TokenCursor cursor() {
        return cursor;
    }

    AttributeParser attributes() {
        return attributes;
    }

    TypeSpecifierParser specifiers() {
        return specifiers;
    }

    DeclaratorParser declarators() {
        return declarators;
    }

    RecordParser records() {
        return records;
    }

    EnumParser enums() {
        return enums;
    }

    TypeContext typeContext() {
        return typeContext;
    }

    /** Reads a type name: specifiers and an abstract declarator ({@code const struct foo *[4]}). */
    CType typeName() {
        DeclSpec spec = specifiers.parse(null);
        spec.requireLayout();
        Declarator d = declarators.parse(true);
        return ModeAttribute.apply(d.type(spec.type()), spec.attributes(), context.target());
    }

    /** Skips {@code _Static_assert(...);} if it is next; {@return whether it was} */
    boolean skipStaticAssert() {
        Token t = cursor.peek();
        if (!t.is("_Static_assert") && !t.is("static_assert")) {
            return false;
        }
        cursor.next();
        if (!cursor.at("(")) {
            throw cursor.error("expected '(' after '" + t.text() + "'");
        }
        cursor.skipBalanced();
        cursor.expect(";");
        return true;
    }

    void report(SyntaxError e) {
        if (e.isReported()) {
            return;
        }
        context.diagnostics().error(e.position(), e.code(), e.getMessage());
    }
}
