package io.jbindgen.parse;

import io.jbindgen.eval.IntValue;
import io.jbindgen.lex.Token;
import io.jbindgen.model.CType;
import io.jbindgen.model.Comment;
import io.jbindgen.model.EnumConstant;
import io.jbindgen.model.Attributes;
import io.jbindgen.model.EnumDecl;
import io.jbindgen.model.ScalarKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads an {@code enum} specifier and evaluates its enumerators. */
final class EnumParser {
    private final CParser parser;

    EnumParser(CParser parser) {
        this.parser = parser;
    }

    TagResult parse(Comment doc) {
        TokenCursor c = parser.cursor();
        TagHead head = TagHead.read(parser);
        String key = head.key();
        if (!head.hasBody()) {
            // attributes after the tag of a reference apply to the declaration, as for struct and union
            return new TagResult(new CType.Enum(key), key, false, false, head.attrs());
        }
        Token keyword = head.keyword();
        AttrSet attrs = head.attrs();
        String tag = head.tag();
        c.next();
        List<EnumConstant> constants = new ArrayList<>();
        List<IntValue> values = new ArrayList<>();
        while (!c.at("}")) {
            enumerator(constants, values);
            if (!c.accept(",")) {
                break;
            }
        }
        c.expect("}");
        parser.attributes().parse(attrs);
        if (tag != null && parser.context().scope().enumeration(key) != null) {
            parser.context().diagnostics().error(keyword.reportPosition(), "redefinition",
                    "redefinition of '" + key + "'");
        }
        ScalarKind underlying = EnumTypes.underlying(values, attrs.toAttributes().packed(), parser.context().target());
        // gcc gives an enum the alignment of its underlying type: an aligned attribute on it is ignored
        Attributes own = attrs.toAttributes().packed() ? new Attributes(true, Attributes.NONE) : Attributes.EMPTY;
        EnumDecl decl = new EnumDecl(key, tag, constants, underlying, own, doc, keyword.reportPosition());
        if (!parser.context().inPrototype()) {
            parser.context().scope().defineEnum(decl);
        }
        parser.context().declare(decl);
        return new TagResult(decl.type(), key, true, tag == null);
    }

    private void enumerator(List<EnumConstant> constants, List<IntValue> values) {
        TokenCursor c = parser.cursor();
        Token name = c.expectIdentifier("an enumerator name");
        Comment lead = CommentAttacher.leading(name, c.previous());
        parser.attributes().parse(new AttrSet());
        IntValue value;
        if (c.accept("=")) {
            Token eq = c.previous();
            List<Token> expr = c.collectUntil(Set.of(",", "}"));
            value = parser.context().evaluate(expr, eq.reportPosition(), parser.typeContext());
            if (value == null) {
                throw SyntaxError.alreadyReported(name.reportPosition());
            }
        } else if (values.isEmpty()) {
            value = new IntValue(0, ScalarKind.INT);
        } else {
            IntValue previous = values.getLast();
            if (EnumTypes.isLargest(previous, parser.context().target())) {
                parser.context().diagnostics().error(name.reportPosition(), "enum-overflow",
                        "overflow in enumeration values ('" + name.text() + "' would follow the largest value of its "
                                + "predecessor's type)");
            }
            value = EnumTypes.next(previous, parser.context().target());
        }
        values.add(value);
        if (parser.context().scope().enumConstant(name.text()) != null) {
            parser.context().diagnostics().error(name.reportPosition(), "redeclaration",
                    "redeclaration of enumerator '" + name.text() + "'");
        }
        parser.context().scope().defineEnumConstant(name.text(), EnumTypes.constantType(value, parser.context().target()));
        Token last = c.previous();
        Comment comment = lead;
        if (comment == null) {
            comment = c.at(",") ? CommentAttacher.trailing(c.peek(), c.peek(1)) : CommentAttacher.trailing(last, c.peek());
        }
        constants.add(new EnumConstant(name.text(), value.bits(), comment, name.reportPosition()));
    }
}
