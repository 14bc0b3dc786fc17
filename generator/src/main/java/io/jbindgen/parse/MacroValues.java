package io.jbindgen.parse;

import io.jbindgen.diag.Diagnostic;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.eval.IntValue;
import io.jbindgen.lex.Token;
import io.jbindgen.lex.TokenKind;
import io.jbindgen.model.CType;
import io.jbindgen.model.IoctlInfo;
import io.jbindgen.model.MacroDecl;
import io.jbindgen.model.ScalarKind;
import io.jbindgen.model.SkippedDecl;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the values of object-like macros after parsing: string literals become
 * {@link MacroDecl.Text}, integer constant expressions {@link MacroDecl.Integer} (with ioctl
 * decoding), everything else a {@link SkippedDecl} with the reason and a stable code
 * ({@code macro-function-like}, {@code macro-empty}, {@code macro-expansion-error},
 * {@code macro-expands-to-nothing}, {@code macro-floating}, {@code macro-type},
 * {@code macro-pointer}, {@code macro-not-constant}), which the layout JSON lists. A skip is not an error: a macro that is
 * never used is not wrong in C.
 */
public final class MacroValues {
    private static final Skip FLOATING = new Skip("macro-floating", "floating constant");

    private final TypeEnvironment environment;
    private final MacroExpansion expansion;
    private final IoctlDecoder ioctls;
    private final IoctlTemplates templates;
    /**
     * Values of the macros computed so far whose expansion is one primary expression (a single
     * number or a parenthesised group) of a type of at least {@code int}'s rank: a later macro that
     * names one reads it as that value instead of expanding it again, which keeps a chain of macros
     * each defined through the one before linear instead of quadratic.
     */
    private final Map<String, IntValue> closed = new HashMap<>();

    /** Creates a computation over what a parsed header declared. */
    public MacroValues(TypeEnvironment environment, MacroExpansion expansion) {
        this(environment, expansion, true);
    }

    /**
     * Creates a computation over what a parsed header declared.
     *
     * @param ioctlTemplates whether ioctl requests are valued through {@link IoctlTemplates} where that
     *     gives what expanding them gives (the default), or always expanded (to check the former)
     */
    public MacroValues(TypeEnvironment environment, MacroExpansion expansion, boolean ioctlTemplates) {
        this.environment = environment;
        this.expansion = expansion;
        this.ioctls = new IoctlDecoder(environment, expansion);
        this.templates = ioctlTemplates ? new IoctlTemplates(environment, expansion, ioctls) : null;
    }

    /** {@return the macros that have a value, in order, and the others with the reason} */
    public Result compute(List<MacroSource> macros) {
        List<MacroDecl> out = new ArrayList<>();
        List<SkippedDecl> skipped = new ArrayList<>();
        for (MacroSource m : macros) {
            Skip skip = valueOf(m, out);
            if (skip != null) {
                skipped.add(new SkippedDecl(m.name(), SkippedDecl.Kind.MACRO, skip.reason(), m.position(), skip.code()));
            }
        }
        return new Result(List.copyOf(out), List.copyOf(skipped));
    }

    /**
     * The macros of a translation unit, valued.
     *
     * @param values the macros that have a value, in definition order
     * @param skipped the others, each with its reason and stable code
     */
    public record Result(List<MacroDecl> values, List<SkippedDecl> skipped) {
    }

    /** Why a macro has no value: a stable code and the words. */
    private record Skip(String code, String reason) {
    }

    /** Adds the macro's value to {@code out}; {@return null when it has one, else why not} */
    private Skip valueOf(MacroSource m, List<MacroDecl> out) {
        if (m.functionLike()) {
            return new Skip("macro-function-like", "function-like macro");
        }
        if (m.body().isEmpty()) {
            return new Skip("macro-empty", "empty macro");
        }
        Diagnostics scratch = new Diagnostics();
        if (isArithmetic(m.body(), closed)) {
            return arithmetic(m, scratch, out);
        }
        IoctlDecoder.Request request = ioctls.request(m.name(), m.body());
        IoctlInfo ioctl = request == null ? null : ioctls.decode(request);
        IntValue fast = request == null || templates == null ? null : templates.value(request, ioctl, m.position());
        if (fast != null) {
            out.add(new MacroDecl.Integer(m.name(), fast.bits(), fast.type(), ioctl, m.doc(), m.position()));
            return null;
        }
        Token use = new Token(TokenKind.IDENTIFIER, m.name(), m.position(), null, true, false, List.of());
        List<Token> tokens = expansion.expand(List.of(use), scratch);
        if (scratch.hasErrors()) {
            return new Skip("macro-expansion-error", "expansion fails: " + firstMessage(scratch));
        }
        if (tokens.isEmpty()) {
            return new Skip("macro-expands-to-nothing", "expands to nothing");
        }
        if (allStrings(tokens)) {
            out.add(new MacroDecl.Text(m.name(), StringLiterals.concatenate(tokens), m.doc(), m.position()));
            return null;
        }
        for (Token t : tokens) {
            if (isFloating(t)) {
                return FLOATING;
            }
        }
        if (environment.typeName(tokens, new Diagnostics()) != null) {
            return new Skip("macro-type", "expands to a type");
        }
        if (isPointerCast(tokens)) {
            return new Skip("macro-pointer", "a pointer constant, not an integer");
        }
        IntValue value = environment.evaluate(tokens, m.position(), scratch);
        if (value == null) {
            return new Skip("macro-not-constant", "not a constant expression: " + firstMessage(scratch));
        }
        out.add(new MacroDecl.Integer(m.name(), value.bits(), value.type(), ioctl, m.doc(), m.position()));
        return null;
    }

    /**
     * {@return whether {@code body} holds only numbers, character constants, punctuators other than
     * {@code #} and {@code ##}, and names of {@code closed} macros}
     */
    private static boolean isArithmetic(List<Token> body, Map<String, IntValue> closed) {
        for (Token t : body) {
            boolean plain = switch (t.kind()) {
                case NUMBER, CHARACTER -> true;
                case PUNCTUATOR -> !t.text().equals("#") && !t.text().equals("##");
                case IDENTIFIER -> closed.containsKey(t.text());
                default -> false;
            };
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    /**
     * The value of a macro whose body holds no identifier but the names of closed macros and no
     * string (most of them: one number, {@code (1 << 3)}, {@code (BASE + 4)}): such a body expands to
     * itself with each closed name replaced by a primary expression of that name's value and type, so
     * it is evaluated with those names bound to their values. It is no type name and no ioctl request.
     */
    private Skip arithmetic(MacroSource m, Diagnostics scratch, List<MacroDecl> out) {
        for (Token t : m.body()) {
            if (isFloating(t)) {
                return FLOATING;
            }
        }
        IntValue value = environment.evaluate(m.body(), m.position(), scratch, closed);
        if (value == null) {
            return new Skip("macro-not-constant", "not a constant expression: " + firstMessage(scratch));
        }
        if (isPrimary(m.body()) && value.type().compareTo(ScalarKind.INT) >= 0
                && value.type().compareTo(ScalarKind.UNSIGNED_LONG_LONG) <= 0) {
            closed.put(m.name(), value);
        }
        out.add(new MacroDecl.Integer(m.name(), value.bits(), value.type(), null, m.doc(), m.position()));
        return null;
    }

    /** {@return whether {@code body} is one token or a parenthesised group: a primary expression wherever it stands} */
    private static boolean isPrimary(List<Token> body) {
        return body.size() == 1
                || body.getFirst().is("(") && closingParentheses(body)[0] == body.size() - 1;
    }

    /**
     * {@return whether {@code tokens}, outer parentheses aside, are a cast to a pointer type: {@code ((T *)0)}}
     * One pass pairs the parentheses, so a body nested thousands deep costs linear time.
     */
    private boolean isPointerCast(List<Token> tokens) {
        int[] closing = closingParentheses(tokens);
        int lo = 0;
        int hi = tokens.size() - 1;
        while (hi - lo >= 2 && closing[lo] == hi) {
            lo++;
            hi--;
        }
        if (hi <= lo || closing[lo] < 0 || closing[lo] >= hi) {
            return false;
        }
        CType type = environment.typeName(tokens.subList(lo + 1, closing[lo]), new Diagnostics());
        return type != null && type.canonical() instanceof CType.Pointer;
    }

    /** {@return for each {@code (}, the index of its {@code )}; -1 elsewhere and for an unclosed one} */
    private static int[] closingParentheses(List<Token> tokens) {
        int[] closing = new int[tokens.size()];
        Arrays.fill(closing, -1);
        int[] open = new int[tokens.size()];
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is("(")) {
                open[depth++] = i;
            } else if (tokens.get(i).is(")") && depth > 0) {
                closing[open[--depth]] = i;
            }
        }
        return closing;
    }

    private static boolean allStrings(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.kind() != TokenKind.STRING) {
                return false;
            }
        }
        return true;
    }

    private static String firstMessage(Diagnostics d) {
        List<Diagnostic> all = d.all();
        return all.isEmpty() ? "unknown reason" : all.getFirst().message();
    }

    static boolean isFloating(Token t) {
        if (t.kind() != TokenKind.NUMBER) {
            return false;
        }
        String s = t.text();
        boolean hex = s.length() >= 2 && s.charAt(0) == '0' && (s.charAt(1) == 'x' || s.charAt(1) == 'X');
        for (int i = hex ? 2 : 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || (hex ? c == 'p' || c == 'P' : c == 'e' || c == 'E')) {
                return true;
            }
        }
        return false;
    }
}
