package io.jbindgen.parse;

import io.jbindgen.lex.Token;
import io.jbindgen.model.CType;
import io.jbindgen.model.Comment;
import io.jbindgen.model.FieldDecl;
import io.jbindgen.model.RecordDecl;
import io.jbindgen.model.RecordKind;
import java.util.ArrayList;
import java.util.List;

/** Reads a {@code struct}/{@code union} specifier, with its body when it has one. */
final class RecordParser {
    private final CParser parser;
    private final MemberParser members;
    private boolean memberFailed;

    RecordParser(CParser parser) {
        this.parser = parser;
        this.members = new MemberParser(parser);
    }

    /** Reads {@code struct [attrs] [tag] [{ members } [attrs]]} at the {@code struct}/{@code union} keyword. */
    TagResult parse(Comment doc) {
        TokenCursor c = parser.cursor();
        TagHead head = TagHead.read(parser);
        Token keyword = head.keyword();
        RecordKind kind = keyword.is("union") ? RecordKind.UNION : RecordKind.STRUCT;
        String key = head.key();
        if (!head.hasBody()) {
            parser.context().scope().tag(key, false);
            return new TagResult(new CType.Record(kind, key), key, false, false, head.attrs());
        }
        AttrSet attrs = head.attrs();
        String tag = head.tag();
        Token open = c.next();
        parser.context().enter(open);
        List<FieldDecl> fields;
        boolean outerFailed = memberFailed;
        memberFailed = false;
        boolean complete;
        try {
            fields = body();
        } finally {
            parser.context().leave();
            complete = !memberFailed;
            memberFailed = outerFailed || memberFailed;
        }
        c.expect("}");
        parser.attributes().parse(attrs);
        RecordConstraints.check(parser.context(), kind, tag != null ? key : null, keyword, fields);
        if (!parser.context().inPrototype()) {
            parser.context().scope().tag(key, true);
            parser.context().scope().markDeclared(key);
        }
        if (!complete) {
            fields = List.of();
        }
        parser.context().declare(new RecordDecl(key, kind, tag, fields, complete,
                attrs.toTypeAttributes().withPack(parser.context().pack().current()), doc,
                keyword.reportPosition()));
        return new TagResult(new CType.Record(kind, key), key, true, tag == null);
    }

    private List<FieldDecl> body() {
        TokenCursor c = parser.cursor();
        List<FieldDecl> fields = new ArrayList<>();
        while (!c.at("}")) {
            if (c.atEnd()) {
                throw c.error("expected '}' at end of input");
            }
            if (c.accept(";") || parser.context().pack().accept(c)) {
                continue;
            }
            try {
                members.parse(fields);
            } catch (SyntaxError e) {
                if ("nesting-too-deep".equals(e.code())) {
                    throw e;
                }
                parser.report(e);
                // a member of a type jbindgen does not model (reported) leaves the record without a layout:
                // no number is better than a wrong one
                memberFailed |= e.code() != null && e.code().startsWith("unsupported-");
                recover();
            }
        }
        return fields;
    }

    /** Skips the rest of a bad member: up to its {@code ;}, or to the {@code }} that ends the body. */
    private void recover() {
        TokenCursor c = parser.cursor();
        int depth = 0;
        while (!c.atEnd()) {
            Token t = c.peek();
            if (depth == 0 && t.is(";")) {
                c.next();
                return;
            }
            if (depth == 0 && t.is("}")) {
                return;
            }
            depth = Math.max(0, depth + TokenCursor.braces(t));
            c.next();
        }
    }
}
