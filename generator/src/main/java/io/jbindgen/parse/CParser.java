package io.jbindgen.parse;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.eval.IntValue;
import io.jbindgen.eval.TypeContext;
import io.jbindgen.lex.Token;
import io.jbindgen.model.CType;
import java.util.List;
import java.util.Set;

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
        cursor.next();
        List<Token> condition = cursor.collectUntil(Set.of(",", ")"));
        List<Token> message = cursor.accept(",") ? cursor.collectUntil(Set.of(")")) : List.of();
        cursor.expect(")");
        cursor.expect(";");
        checkStaticAssert(t, condition, message);
        return true;
    }

    /**
     * Reports a {@code _Static_assert} whose condition is zero, as gcc does; one the front end cannot
     * evaluate (an expression outside its model) is left alone.
     */
    private void checkStaticAssert(Token keyword, List<Token> condition, List<Token> message) {
        ParseContext trial = context.reportingTo(new Diagnostics());
        IntValue value = condition.isEmpty() ? null
                : trial.evaluate(condition, keyword.reportPosition(), new ParserTypeContext(trial));
        if (value != null && value.bits() == 0) {
            StringBuilder text = new StringBuilder();
            for (Token m : message) {
                text.append(text.isEmpty() ? "" : " ").append(m.text());
            }
            context.diagnostics().error(keyword.reportPosition(), "static-assert-failed",
                    "static assertion failed" + (text.isEmpty() ? "" : ": " + text));
        }
    }

    void report(SyntaxError e) {
        if (e.isReported()) {
            return;
        }
        context.diagnostics().error(e.position(), e.code(), e.getMessage());
    }
}
