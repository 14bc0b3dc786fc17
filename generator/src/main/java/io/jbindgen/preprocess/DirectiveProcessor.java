package io.jbindgen.preprocess;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.lex.Token;
import io.jbindgen.lex.TokenKind;
import io.jbindgen.model.Position;
import java.util.List;

/**
 * Carries out one directive line (C11 6.10): conditionals, {@code #define}/{@code #undef},
 * {@code #include}, {@code #error}/{@code #warning}, {@code #line}, {@code #pragma}. In a skipped
 * group only the conditional directives are looked at.
 */
final class DirectiveProcessor {
    private final MacroTable macros;
    private final Diagnostics diagnostics;
    private final IfCondition conditions;
    private final IncludeDirective includes;
    private final DefineParser defines;
    private final LineExpander lines;

    DirectiveProcessor(MacroTable macros, LineExpander lines, Diagnostics diagnostics, IfCondition conditions,
            IncludeDirective includes) {
        this.macros = macros;
        this.lines = lines;
        this.diagnostics = diagnostics;
        this.conditions = conditions;
        this.includes = includes;
        this.defines = new DefineParser(diagnostics);
    }

    /**
     * Processes {@code # line...}.
     *
     * @param following the first token after the line
     */
    void process(Frame f, Token hash, List<Token> line, Token following) {
        if (line.isEmpty()) {
            return;
        }
        Token name = line.getFirst();
        ConditionalStack cs = f.conditionals;
        if (conditional(cs, name, line)) {
            return;
        }
        if (cs.skipping()) {
            return;
        }
        switch (name.kind() == TokenKind.NUMBER ? "line" : name.text()) {
            case "define" -> define(hash, line, following);
            case "undef" -> undef(line);
            case "include", "include_next", "import" -> includes.include(f, name, line.subList(1, line.size()));
            case "error" -> diagnostics.error(name.position(), "error-directive", "#error%s", rest(line));
            case "warning" -> diagnostics.warning(name.position(), "warning-directive", "#warning%s", rest(line));
            case "line" -> lineDirective(f, name, line);
            case "pragma" -> pragma(f, hash, line);
            case "ident", "sccs", "assert", "unassert" -> { }
            default -> diagnostics.error(name.position(), "invalid-directive",
                    "invalid preprocessing directive #%s", name.text());
        }
    }

    private boolean conditional(ConditionalStack cs, Token name, List<Token> line) {
        if (name.kind() != TokenKind.IDENTIFIER) {
            return false;
        }
        Position at = name.position();
        List<Token> rest = line.subList(1, line.size());
        switch (name.text()) {
            case "if" -> cs.open(at, () -> conditions.evaluate(rest, at));
            case "ifdef", "ifndef" -> cs.open(at, () -> definedTest(name, rest) == name.is("ifdef"));
            case "elif" -> cs.elif(at, () -> conditions.evaluate(rest, at), diagnostics);
            case "elifdef", "elifndef" -> cs.elif(at, () -> definedTest(name, rest) == name.is("elifdef"), diagnostics);
            case "else" -> {
                cs.otherwise(at, diagnostics);
                extraTokens(name, rest);
            }
            case "endif" -> {
                cs.close(at, diagnostics);
                extraTokens(name, rest);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean definedTest(Token directive, List<Token> rest) {
        if (rest.isEmpty() || !rest.getFirst().isIdentifier()) {
            diagnostics.error(directive.position(), "missing-macro-name", "no macro name given in #%s directive",
                    directive.text());
            return directive.text().endsWith("ndef");
        }
        extraTokens(directive, rest.subList(1, rest.size()));
        String n = rest.getFirst().text();
        return macros.isDefined(n) || BuiltinMacros.isBuiltin(n) || CompilerFeatures.isQueryOperator(n);
    }

    private void extraTokens(Token directive, List<Token> extra) {
        if (!extra.isEmpty()) {
            diagnostics.warning(extra.getFirst().position(), "extra-tokens", "extra tokens at end of #%s directive",
                    directive.text());
        }
    }

    private void define(Token hash, List<Token> line, Token following) {
        MacroDefinition m = defines.parse(hash, line, following);
        if (m == null) {
            return;
        }
        MacroDefinition old = macros.get(m.name());
        if (old != null && !old.sameAs(m)) {
            diagnostics.warning(m.position(), "macro-redefined", "\"%s\" redefined (previous definition at %s)",
                    m.name(), old.position());
        }
        macros.define(m);
    }

    private void undef(List<Token> line) {
        if (line.size() < 2 || !line.get(1).isIdentifier()) {
            diagnostics.error(line.getFirst().position(), "invalid-macro-name", "macro names must be identifiers");
            return;
        }
        extraTokens(line.getFirst(), line.subList(2, line.size()));
        macros.undefine(line.get(1).text());
    }

    private void lineDirective(Frame f, Token name, List<Token> line) {
        List<Token> operands = name.kind() == TokenKind.NUMBER ? line : line.subList(1, line.size());
        if (!operands.isEmpty() && operands.getFirst().kind() == TokenKind.IDENTIFIER) {
            operands = lines.expand(operands);
        }
        Token number = operands.isEmpty() ? null : operands.getFirst();
        if (number == null || number.kind() != TokenKind.NUMBER || !number.text().chars().allMatch(Character::isDigit)
                || number.text().length() > 9) {
            diagnostics.error(name.position(), "invalid-line-directive",
                    "#line directive requires a simple digit sequence");
            return;
        }
        if (operands.size() > 1) {
            Token file = operands.get(1);
            if (file.kind() != TokenKind.STRING || !file.text().startsWith("\"")) {
                diagnostics.error(file.position(), "invalid-line-directive", "invalid filename in #line directive");
                return;
            }
            f.presumedName = file.text().substring(1, file.text().length() - 1);
        }
        f.lineDelta = Integer.parseInt(number.text()) - (f.lastDirectiveLine + 1);
    }

    private void pragma(Frame f, Token hash, List<Token> line) {
        if (line.size() >= 2 && line.get(1).is("once")) {
            includes.markOnce(f.file);
        } else if (line.size() >= 2 && line.get(1).is("pack")) {
            includes.stack().inject(Pragmas.asOperator(hash, line.subList(1, line.size())));
        }
    }

    private static String rest(List<Token> line) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < line.size(); i++) {
            sb.append(i == 1 || line.get(i).leadingSpace() ? " " : "").append(line.get(i).text());
        }
        return sb.toString();
    }
}
