package io.jbindgen.preprocess;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.lex.Token;
import io.jbindgen.lex.TokenKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code #include}, {@code #include_next} and {@code __has_include}: reads the header name (also a
 * computed one, after macro expansion), finds the file, skips it when its include guard is defined
 * or it had {@code #pragma once}, and limits the nesting depth.
 */
final class IncludeDirective {
    private final IncludeResolver resolver;
    private final IncludeStack stack;
    private final MacroTable macros;
    private final Diagnostics diagnostics;
    private final Set<String> once = new HashSet<>();
    private final LineExpander lines;
    /** How many files one translation unit may enter in all (a guard against include trees that multiply). */
    static final int MAX_INCLUDES = 50_000;

    private boolean tooDeep;
    private int entered;

    IncludeDirective(IncludeResolver resolver, IncludeStack stack, MacroTable macros, LineExpander lines,
            Diagnostics diagnostics) {
        this.lines = lines;
        this.resolver = resolver;
        this.stack = stack;
        this.macros = macros;
        this.diagnostics = diagnostics;
    }

    IncludeStack stack() {
        return stack;
    }

    void markOnce(SourceFile file) {
        once.add(file.name());
    }

    void include(Frame f, Token directive, List<Token> operand) {
        List<Token> name = operand;
        if (!operand.isEmpty() && operand.getFirst().kind() == TokenKind.IDENTIFIER) {
            name = lines.expand(operand);
        }
        QueryParser.Header h = headerName(name);
        if (h == null) {
            diagnostics.error(directive.position(), "invalid-include",
                    "#%s expects \"FILENAME\" or <FILENAME>", directive.text());
            return;
        }
        if (tooDeep) {
            return;
        }
        if (stack.depth() >= IncludeStack.MAX_DEPTH) {
            diagnostics.error(directive.position(), "include-too-deep",
                    "#include nested depth %d exceeds maximum of %d (include cycle?); further #includes ignored",
                    stack.depth(), IncludeStack.MAX_DEPTH);
            tooDeep = true;
            return;
        }
        boolean next = directive.is("include_next");
        IncludeResolver.Found found;
        try {
            found = resolver.find(h.name(), h.angled(), next, f.file, f.dirIndex);
        } catch (IncludeResolver.Unreadable e) {
            diagnostics.error(directive.position(), "unreadable-include", "%s", e.getMessage());
            return;
        }
        if (found == null) {
            diagnostics.error(directive.position(), "include-not-found", "'%s' file not found (searched: %s)",
                    h.name(), resolver.describe());
            return;
        }
        SourceFile file = found.file();
        if (once.contains(file.name()) || file.guard() != null && macros.isDefined(file.guard())) {
            return;
        }
        if (++entered > MAX_INCLUDES) {
            diagnostics.error(directive.position(), "too-many-includes",
                    "more than %d #includes entered; further #includes ignored", MAX_INCLUDES);
            tooDeep = true;
            return;
        }
        stack.push(file, found.dirIndex());
    }

    /** {@return whether {@code #include} of that name would find a file} */
    boolean exists(Frame f, String name, boolean angled, boolean next) {
        try {
            return resolver.find(name, angled, next, f.file, f.dirIndex) != null;
        } catch (IncludeResolver.Unreadable e) {
            return false;
        }
    }

    private static QueryParser.Header headerName(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return null;
        }
        Token first = tokens.getFirst();
        if (first.kind() == TokenKind.STRING && first.text().startsWith("\"") && first.text().length() >= 2) {
            return new QueryParser.Header(first.text().substring(1, first.text().length() - 1), false);
        }
        if (!first.is("<")) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is(">")) {
                return new QueryParser.Header(sb.toString(), true);
            }
            if (i > 1 && t.leadingSpace()) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return null;
    }
}
