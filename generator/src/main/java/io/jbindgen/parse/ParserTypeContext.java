package io.jbindgen.parse;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.eval.TypeContext;
import io.jbindgen.lex.Token;
import io.jbindgen.model.CType;
import io.jbindgen.model.EnumDecl;
import io.jbindgen.model.Position;
import io.jbindgen.model.ScalarKind;
import java.util.List;

/** Gives constant evaluation the parser's type names and the target's sizes. */
final class ParserTypeContext implements TypeContext {
    private final ParseContext context;
    private Position lastTypePosition = Position.BUILTIN;

    ParserTypeContext(ParseContext context) {
        this.context = context;
    }

    @Override
    public TypeName typeName(List<Token> tokens, int start) {
        if (start >= tokens.size() || !tokens.get(start).isIdentifier()
                || !TypeSpecifierParser.isSpecifierName(tokens.get(start).text(), context)) {
            return null;
        }
        CParser sub = new CParser(context, new TokenCursor(tokens, start));
        if (!sub.specifiers().atSpecifier() || sub.attributes().atAttribute()) {
            return null;
        }
        lastTypePosition = tokens.get(start).reportPosition();
        try {
            CType type = sub.typeName();
            return new TypeName(type, sub.cursor().index());
        } catch (SyntaxError e) {
            sub.report(e);
            return null;
        }
    }

    @Override
    public ScalarKind enumUnderlying(String key) {
        EnumDecl e = context.scope().enumeration(key);
        return e == null ? null : e.underlying();
    }

    @Override
    public long sizeOf(CType type) {
        return known(context.sizes().sizeOf(type), "sizeof", type);
    }

    @Override
    public long alignOf(CType type) {
        return known(context.sizes().alignOf(type), "_Alignof", type);
    }

    @Override
    public long preferredAlignOf(CType type) {
        return known(context.sizes().preferredAlignOf(type), "__alignof__", type);
    }

    private long known(long value, String what, CType type) {
        if (value < 0) {
            Diagnostics d = context.diagnostics();
            d.error(lastTypePosition, "incomplete-type", "%s applied to a type of unknown size '%s'", what, type.spelling());
        }
        return value;
    }
}
