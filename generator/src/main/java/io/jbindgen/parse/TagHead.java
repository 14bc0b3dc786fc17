package io.jbindgen.parse;

import io.jbindgen.lex.Token;

/**
 * The part that {@code struct}, {@code union} and {@code enum} specifiers share:
 * {@code keyword [attrs] [tag] [attrs]}, up to (not including) an opening brace.
 *
 * @param keyword the {@code struct}/{@code union}/{@code enum} token
 * @param attrs the attributes read so far (the body's trailing attributes are added later)
 * @param tag the tag, or {@code null}
 * @param key the record or enum key: {@code keyword tag}, or an anonymous key when a body follows
 * @param hasBody whether an opening brace follows
 */
record TagHead(Token keyword, AttrSet attrs, String tag, String key, boolean hasBody) {

    /** Reads the head at the keyword; a specifier with neither tag nor body is a syntax error. */
    static TagHead read(CParser parser) {
        TokenCursor c = parser.cursor();
        Token keyword = c.next();
        AttrSet attrs = new AttrSet();
        parser.attributes().parse(attrs);
        Token tagToken = c.peek().isIdentifier() ? c.next() : null;
        String tag = tagToken == null ? null : tagToken.text();
        parser.attributes().parse(attrs);
        boolean hasBody = c.at("{");
        if (tag != null) {
            checkKind(parser, keyword, tagToken);
            return new TagHead(keyword, attrs, tag, keyword.text() + " " + tag, hasBody);
        }
        if (!hasBody) {
            throw c.error("expected a tag or '{' after '" + keyword.text() + "' " + c.found());
        }
        String key = parser.context().scope().anonymousKey(keyword.text(), keyword.reportPosition());
        return new TagHead(keyword, attrs, null, key, true);
    }

    /** One tag names one kind of type: gcc rejects {@code union s} where {@code struct s} is in scope. */
    private static void checkKind(CParser parser, Token keyword, Token tag) {
        ParseContext context = parser.context();
        String before = context.scope().tagKeyword(tag.text());
        if (before != null && !before.equals(keyword.text())) {
            context.diagnostics().error(tag.reportPosition(), "wrong-tag-kind", "'" + tag.text()
                    + "' defined as wrong kind of tag ('" + keyword.text() + "' where it is '" + before + " "
                    + tag.text() + "')");
        } else if (before == null && !context.inPrototype()) {
            context.scope().tagKeyword(tag.text(), keyword.text());
        }
    }
}
