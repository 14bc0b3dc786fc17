package io.jbindgen.parse;

import io.jbindgen.eval.IntValue;
import io.jbindgen.lex.Token;
import java.util.List;
import java.util.Set;

/**
 * Reads GNU {@code __attribute__((...))} lists, C23 {@code [[...]]} attributes and
 * {@code __asm__("label")} in every place gcc accepts them; keeps {@code packed}, {@code aligned},
 * {@code mode}, asm labels (symbol renames) and the function attributes a caller cares about, skips
 * every other attribute with its arguments.
 */
final class AttributeParser {
    private static final Set<String> ATTRIBUTE = Set.of("__attribute__", "__attribute");
    private static final Set<String> ASM = Set.of("__asm__", "__asm", "asm");
    /** Function attributes kept in the model because they tell a caller something. */
    private static final Set<String> CALLER_ATTRIBUTES = Set.of("deprecated", "noreturn", "warn_unused_result",
            "nonnull", "returns_twice", "malloc", "format", "unavailable");

    /** gcc's largest {@code aligned} value on ELF targets (2^28 bytes): a larger one is an error. */
    private static final long MAX_ALIGNMENT = 1L << 28;

    private final CParser parser;

    AttributeParser(CParser parser) {
        this.parser = parser;
    }

    /** {@return whether the current token starts an attribute specifier or an asm label} */
    boolean atAttribute() {
        Token t = parser.cursor().peek();
        return t.isIdentifier() && (ATTRIBUTE.contains(t.text()) || ASM.contains(t.text()))
                || t.is("[") && parser.cursor().peek(1).is("[");
    }

    /** Reads any number of attribute specifiers and asm labels into {@code into}. */
    void parse(AttrSet into) {
        TokenCursor c = parser.cursor();
        while (atAttribute()) {
            Token t = c.next();
            if (t.is("[")) {
                c.expect("[");
                c.collectUntil(Set.of("]"));
                c.expect("]");
                c.expect("]");
            } else if (ASM.contains(t.text())) {
                skipAsmQualifiers();
                c.expect("(");
                List<Token> label = c.collectUntil(Set.of(")"));
                c.expect(")");
                if (!label.isEmpty() && label.stream().allMatch(l -> l.kind() == io.jbindgen.lex.TokenKind.STRING)) {
                    into.asmLabel(StringLiterals.concatenate(label));
                }
            } else {
                c.expect("(");
                c.expect("(");
                attributeList(into);
                c.expect(")");
                c.expect(")");
            }
        }
    }

    private void skipAsmQualifiers() {
        TokenCursor c = parser.cursor();
        while (c.peek().isIdentifier() && Set.of("volatile", "__volatile__", "goto", "inline").contains(c.peek().text())) {
            c.next();
        }
    }

    private void attributeList(AttrSet into) {
        TokenCursor c = parser.cursor();
        while (!c.at(")") && !c.atEnd()) {
            if (c.accept(",")) {
                continue;
            }
            Token name = c.next();
            List<Token> args = null;
            if (c.at("(")) {
                c.next();
                args = c.collectUntil(Set.of(")"));
                c.expect(")");
            }
            apply(name, args, into);
            if (!c.at(",") && !c.at(")")) {
                throw c.error("expected ',' or ')' after attribute '" + name.text() + "' " + c.found());
            }
        }
    }

    private void apply(Token name, List<Token> args, AttrSet into) {
        switch (stripUnderscores(name.text())) {
            case "packed" -> {
                if (args != null && !args.isEmpty()) {
                    throw new SyntaxError(name.reportPosition(), "bad-attribute",
                            "wrong number of arguments specified for 'packed' attribute");
                }
                into.packed();
            }
            // a bare aligned is the target's biggest alignment, a number like any other when several compete
            case "aligned" -> into.aligned(args == null || args.isEmpty()
                    ? parser.context().target().biggestAlignment() : alignment(name, args));
            case "mode" -> {
                if (args != null && args.size() == 1) {
                    into.mode(stripUnderscores(args.getFirst().text()), name.reportPosition());
                }
            }
            case "vector_size", "scalar_storage_order", "ms_struct" -> into.unsupported(new SyntaxError(
                    name.reportPosition(), "unsupported-attribute",
                    "attribute '" + name.text() + "' changes layout in a way jbindgen does not model"));
            default -> {
                String plain = stripUnderscores(name.text());
                if (CALLER_ATTRIBUTES.contains(plain)) {
                    into.callerAttribute(plain);
                }
            }
        }
    }

    private long alignment(Token at, List<Token> args) {
        IntValue v = parser.context().evaluate(args, at.reportPosition(), parser.typeContext());
        if (v == null) {
            throw SyntaxError.alreadyReported(at.reportPosition());
        }
        if (v.bits() <= 0 || Long.bitCount(v.bits()) != 1) {
            throw new SyntaxError(at.reportPosition(), "bad-attribute", "requested alignment is not a positive power of 2");
        }
        if (v.bits() > MAX_ALIGNMENT) {
            throw new SyntaxError(at.reportPosition(), "bad-attribute",
                    "requested alignment '" + v.bits() + "' exceeds maximum " + MAX_ALIGNMENT);
        }
        return v.bits();
    }

    static String stripUnderscores(String s) {
        return s.length() > 4 && s.startsWith("__") && s.endsWith("__") ? s.substring(2, s.length() - 2) : s;
    }
}
