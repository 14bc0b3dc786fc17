package io.jbindgen.preprocess;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.lex.Token;
import io.jbindgen.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;

/** Reads the arguments of a function-like macro invocation, after its {@code (}. */
final class ArgumentReader {
    private final MacroExpander in;
    private final Diagnostics diagnostics;

    ArgumentReader(MacroExpander in, Diagnostics diagnostics) {
        this.in = in;
        this.diagnostics = diagnostics;
    }

    /** {@return one token list per parameter, or {@code null} after reporting a malformed invocation} */
    List<List<Token>> read(MacroDefinition m, Token name) {
        List<List<Token>> args = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int nparams = m.params().size();
        int depth = 0;
        while (true) {
            Token t = in.read();
            if (t.kind() == TokenKind.EOF) {
                in.unread(t);
                diagnostics.error(name.reportPosition(), "unterminated-macro-call",
                        "unterminated argument list invoking macro \"%s\"", m.name());
                return null;
            }
            if (t.kind() == TokenKind.PUNCTUATOR) {
                if (t.is("(")) {
                    depth++;
                } else if (t.is(")")) {
                    if (depth-- == 0) {
                        args.add(current);
                        break;
                    }
                } else if (t.is(",") && depth == 0 && !(m.variadic() && args.size() == nparams - 1)) {
                    args.add(current);
                    current = new ArrayList<>();
                    continue;
                }
            }
            current.add(t);
        }
        return checkCount(m, name, args);
    }

    private List<List<Token>> checkCount(MacroDefinition m, Token name, List<List<Token>> args) {
        int nparams = m.params().size();
        if (nparams == 0 && args.size() == 1 && args.getFirst().isEmpty()) {
            args.clear();
        }
        if (m.variadic() && args.size() == nparams - 1) {
            args.add(new ArrayList<>());
        }
        if (args.size() != nparams) {
            diagnostics.error(name.reportPosition(), "macro-argument-count",
                    "macro \"%s\" %s %d argument%s, but %d given", m.name(),
                    args.size() < nparams ? "requires" : "takes just", nparams, nparams == 1 ? "" : "s",
                    args.size());
            return null;
        }
        return args;
    }
}
