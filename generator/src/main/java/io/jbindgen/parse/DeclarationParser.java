package io.jbindgen.parse;

import io.jbindgen.lex.Token;
import io.jbindgen.model.Attributes;
import io.jbindgen.model.CType;
import io.jbindgen.model.Comment;
import io.jbindgen.model.RecordDecl;
import io.jbindgen.model.TypedefDecl;
import java.util.List;
import java.util.Set;

/**
 * Reads the external declarations of a translation unit: typedefs, tag declarations, prototypes and
 * {@code extern} variables go to the model ({@link ExternalSymbols} decides which functions and
 * variables can be bound), function definitions are recorded as skipped, and a syntax error is
 * reported and skipped up to the end of the bad declaration.
 */
final class DeclarationParser {
    private final CParser parser;
    private final ExternalSymbols symbols;

    DeclarationParser(CParser parser) {
        this.parser = parser;
        this.symbols = new ExternalSymbols(parser.context());
    }

    void parseAll() {
        TokenCursor c = parser.cursor();
        while (!c.atEnd()) {
            int start = c.index();
            try {
                external();
            } catch (SyntaxError e) {
                parser.report(e);
                recover(start);
            }
        }
    }

    private void external() {
        TokenCursor c = parser.cursor();
        if (c.accept(";") || parser.skipStaticAssert() || parser.context().pack().accept(c)) {
            return;
        }
        Token first = c.peek();
        if ((first.is("__asm__") || first.is("asm") || first.is("__asm")) && c.peek(1).is("(")) {
            c.next();
            c.skipBalanced();
            c.accept(";");
            return;
        }
        Comment doc = CommentAttacher.leading(first, c.previous());
        DeclSpec spec = parser.specifiers().parse(doc);
        if (c.at(";")) {
            c.next();
            forwardDeclaration(spec, doc);
            return;
        }
        boolean firstDeclarator = true;
        while (true) {
            Declarator d = parser.declarators().parse(false);
            AttrSet after = new AttrSet();
            after.addAll(d.attributes());
            parser.attributes().parse(after);
            AttrSet attrs = new AttrSet();
            attrs.addAll(spec.attributes());
            attrs.addAll(after);
            CType type = ModeAttribute.apply(d.type(spec.type()), attrs, parser.context().target());
            if (firstDeclarator && c.at("{") && type.canonical() instanceof CType.Function) {
                c.skipBalanced();
                symbols.definition(spec, d);
                return;
            }
            declare(spec, d, type, attrs, typedefAttributes(after, spec), doc);
            if (c.accept("=")) {
                c.collectUntil(Set.of(",", ";"));
            }
            firstDeclarator = false;
            if (!c.accept(",")) {
                c.expect(";");
                return;
            }
        }
    }

    /**
     * {@return a typedef's own attributes} gcc applies those after the declarator first and those among
     * the declaration specifiers last, each alignment replacing the one before.
     */
    private static Attributes typedefAttributes(AttrSet afterDeclarator, DeclSpec spec) {
        AttrSet inOrder = new AttrSet();
        inOrder.addAll(afterDeclarator);
        inOrder.addAll(spec.attributes());
        return inOrder.toTypeAttributes();
    }

    private void declare(DeclSpec spec, Declarator d, CType type, AttrSet attrs, Attributes typedefAttrs,
            Comment doc) {
        ParseContext ctx = parser.context();
        Token name = d.name();
        if (spec.storage() == DeclSpec.Storage.TYPEDEF) {
            try {
                spec.requireLayout();
                attrs.requireLayout();
            } catch (SyntaxError e) {
                ctx.scope().defineUnmodelledTypedef(name.text(), type, "'" + name.text() + "' is a type jbindgen does not model ("
                        + e.getMessage() + ", " + e.position() + ")");
                throw e;
            }
            if (!redeclaredTypedef(name, type, typedefAttrs)) {
                ctx.scope().defineTypedef(name.text(), type);
            }
            ctx.declare(new TypedefDecl(name.text(), type, typedefAttrs, doc, name.reportPosition()));
        } else if (type.canonical() instanceof CType.Function f) {
            ctx.scope().declareObject(name.text(), type);
            symbols.function(spec, d, f, attrs, doc);
        } else {
            CType before = ctx.scope().objectType(name.text());
            boolean function = before != null && before.canonical() instanceof CType.Function;
            if (before != null && !function && Redeclaration.conflicting(before, type)) {
                ctx.diagnostics().error(name.reportPosition(), "conflicting-types", "conflicting types for '"
                        + name.text() + "' ('" + before.spelling() + "', now '" + type.spelling() + "')");
            }
            ctx.scope().declareObject(name.text(), type);
            symbols.variable(spec, name, type, attrs, doc);
        }
    }

    /**
     * Judges a second typedef of a name ({@link Redeclaration}); {@return whether it was one} (the
     * name then keeps its first type, or becomes unmodelled when the new one raises its alignment)
     */
    private boolean redeclaredTypedef(Token name, CType type, Attributes attributes) {
        ParseContext ctx = parser.context();
        CType.Typedef before = ctx.scope().typedef(name.text());
        if (before == null || ctx.scope().unmodelled(name.text()) != null) {
            return false;
        }
        long alignBefore = ctx.sizes().alignOf(before);
        switch (Redeclaration.judge(before.target(), type, attributes, alignBefore,
                ctx.target().biggestAlignment())) {
            case CONFLICTING -> ctx.diagnostics().error(name.reportPosition(), "conflicting-types",
                    "conflicting types for '" + name.text() + "' ('" + before.target().spelling() + "', now '"
                            + type.spelling() + "')");
            case RAISES_ALIGNMENT -> {
                String why = "typedef '" + name.text() + "' declared again with a larger alignment, which gcc applies "
                        + "to the uses after it only";
                ctx.diagnostics().error(name.reportPosition(), "unsupported-attribute",
                        why + "; jbindgen does not model that");
                ctx.scope().defineUnmodelledTypedef(name.text(), type, "'" + name.text()
                        + "' is a type jbindgen does not model (" + why + ", " + name.reportPosition() + ")");
            }
            case SAME -> {
            }
        }
        return true;
    }

    private void forwardDeclaration(DeclSpec spec, Comment doc) {
        String key = spec.forwardKey();
        if (key == null || key.startsWith("enum ") || !(spec.type() instanceof CType.Record r)) {
            return;
        }
        ParseContext ctx = parser.context();
        if (!ctx.scope().markDeclared(key)) {
            return;
        }
        String tag = key.substring(key.indexOf(' ') + 1);
        ctx.declare(new RecordDecl(key, r.kind(), tag, List.of(), false, Attributes.EMPTY, doc,
                spec.first().reportPosition()));
    }

    /** Skips from the failed declaration's position to its end: a {@code ;} or closing {@code }} at top level. */
    private void recover(int start) {
        TokenCursor c = parser.cursor();
        int depth = Math.max(0, c.braceDepthSince(start));
        while (!c.atEnd()) {
            Token t = c.next();
            if (depth == 0 && t.is(";")) {
                return;
            }
            depth = Math.max(0, depth + TokenCursor.braces(t));
            if (depth == 0 && t.is("}")) {
                c.accept(";");
                return;
            }
        }
    }
}
