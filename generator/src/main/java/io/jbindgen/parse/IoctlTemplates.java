package io.jbindgen.parse;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.eval.IntValue;
import io.jbindgen.lex.Token;
import io.jbindgen.lex.TokenKind;
import io.jbindgen.model.IoctlInfo;
import io.jbindgen.model.Position;
import io.jbindgen.preprocess.MacroTable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Values of ioctl request macros without expanding the request machinery for each of them. A request
 * macro such as {@code _IOR} is expanded once, with placeholder arguments, into a template: each
 * {@code sizeof(payload)} becomes one placeholder, parentheses around a lone placeholder go, and
 * every parenthesised group of plain arithmetic on literals (the {@code _IOC_*SHIFT} chains) becomes
 * one literal of the same value and type. A request's value is the template evaluated with the
 * placeholders standing for the values of the type and number arguments and for the payload's size,
 * as the {@link IoctlDecoder} found them.
 *
 * <p>That is what expanding the request and evaluating it gives, whenever: the template expands
 * alike wherever it is used, holds no macro name, and has its type and number placeholders only
 * inside parentheses and its payload placeholder only as {@code sizeof ( payload )} (so that each
 * stands for a parenthesised expression, or a {@code size_t}, of the value found); and no argument,
 * nor the template, can reach a built-in macro or one of the macros being expanded around the
 * request. Otherwise {@link #value} answers {@code null} and the caller expands the macro as usual.
 */
final class IoctlTemplates {
    private static final String PLACEHOLDER = "__jbindgen_ioctl_argument_";
    private static final String TYPE = PLACEHOLDER + 0;
    private static final String NUMBER = PLACEHOLDER + 1;
    private static final String PAYLOAD = PLACEHOLDER + 2;
    private static final String SIZE = "__jbindgen_ioctl_size";

    /** A request macro's template, or {@code tokens == null} when it has none. */
    private record Template(List<Token> tokens, Set<String> reachable) {
        static final Template NONE = new Template(null, Set.of());
    }

    private final TypeEnvironment environment;
    private final MacroExpansion macros;
    private final IoctlDecoder decoder;
    private final Map<String, Template> templates = new HashMap<>();
    /** For each argument spelling: the macros it can reach, or {@code null} when it reaches a built-in. */
    private final Map<String, Set<String>> argumentReach = new HashMap<>();

    IoctlTemplates(TypeEnvironment environment, MacroExpansion macros, IoctlDecoder decoder) {
        this.environment = environment;
        this.macros = macros;
        this.decoder = decoder;
    }

    /**
     * {@return the value of the macro that expands to exactly {@code request}, decoded as {@code info},
     * or {@code null} (see above)}
     */
    IntValue value(IoctlDecoder.Request request, IoctlInfo info, Position where) {
        if (!request.whole() || info == null) {
            return null;
        }
        int arity = request.args().size();
        String key = request.macro() + "/" + arity;
        Template template = templates.get(key);
        if (template == null) {
            template = template(request.macro(), arity);
            templates.put(key, template);
        }
        if (template.tokens() == null || !disjoint(template.reachable(), request.chain())) {
            return null;
        }
        for (List<Token> arg : request.args()) {
            String spelling = IoctlDecoder.spelling(arg);
            Set<String> reach = argumentReach.containsKey(spelling) ? argumentReach.get(spelling) : reach(arg, spelling);
            if (reach == null || !disjoint(reach, request.chain())) {
                return null;
            }
        }
        Map<String, IntValue> bound = new HashMap<>(4);
        bound.put(TYPE, decoder.constant(request.args().get(0)));
        bound.put(NUMBER, decoder.constant(request.args().get(1)));
        if (arity == 3) {
            bound.put(SIZE, environment.sizeConstant(info.size()));
        }
        return environment.evaluate(template.tokens(), where, new Diagnostics(), bound);
    }

    private Set<String> reach(List<Token> arg, String spelling) {
        Set<String> found = reachable(arg, null);
        Set<String> reach = anyBuiltin(found) ? null : found;
        argumentReach.put(spelling, reach);
        return reach;
    }

    private static boolean disjoint(Set<String> names, List<String> chain) {
        for (String c : chain) {
            if (names.contains(c)) {
                return false;
            }
        }
        return true;
    }

    private Template template(String macro, int arity) {
        if (isMacro(TYPE) || isMacro(NUMBER) || isMacro(PAYLOAD) || isMacro(SIZE)) {
            return Template.NONE;
        }
        List<Token> first = invoke(macro, arity, 1);
        List<Token> second = invoke(macro, arity, 2);
        if (first == null || second == null || !IoctlDecoder.spelling(first).equals(IoctlDecoder.spelling(second))) {
            return Template.NONE;
        }
        Set<String> reachable = reachable(List.of(), macro);
        for (Token t : first) {
            if (t.text().contains(PLACEHOLDER) && (t.kind() != TokenKind.IDENTIFIER || !isPlaceholder(t.text()))
                    || t.kind() == TokenKind.IDENTIFIER && isMacro(t.text())) {
                return Template.NONE;
            }
        }
        if (anyBuiltin(reachable)) {
            return Template.NONE;
        }
        List<Token> sized = sizes(first);
        List<Token> bare = sized == null ? null : unparenthesised(sized);
        return bare == null ? Template.NONE : new Template(fold(bare), reachable);
    }

    /** {@return {@code macro(placeholders...)} expanded as if invoked on {@code line}, or null on a problem} */
    private List<Token> invoke(String macro, int arity, int line) {
        Position at = new Position("<ioctl template>", line, 1);
        List<Token> call = new ArrayList<>();
        call.add(token(TokenKind.IDENTIFIER, macro, at));
        call.add(token(TokenKind.PUNCTUATOR, "(", at));
        for (int i = 0; i < arity; i++) {
            if (i > 0) {
                call.add(token(TokenKind.PUNCTUATOR, ",", at));
            }
            call.add(token(TokenKind.IDENTIFIER, PLACEHOLDER + i, at));
        }
        call.add(token(TokenKind.PUNCTUATOR, ")", at));
        Diagnostics scratch = new Diagnostics();
        List<Token> out = macros.expand(call, scratch);
        return scratch.all().isEmpty() ? out : null;
    }

    /** {@return {@code tokens} with each {@code sizeof ( payload )} as one size placeholder, or null if the payload appears otherwise} */
    private static List<Token> sizes(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is("sizeof") && i + 3 < tokens.size() && tokens.get(i + 1).is("(")
                    && tokens.get(i + 2).is(PAYLOAD) && tokens.get(i + 3).is(")")) {
                out.add(token(TokenKind.IDENTIFIER, SIZE, t.position()));
                i += 3;
            } else if (t.is(PAYLOAD)) {
                return null;
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * {@return {@code tokens} without the parentheses around lone placeholders, or null when a type or
     * number placeholder is not inside parentheses}
     */
    private static List<Token> unparenthesised(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        Set<Token> enclosed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Token t : tokens) {
            out.add(t);
            while (out.size() >= 3 && out.getLast().is(")") && isPlaceholder(out.get(out.size() - 2).text())
                    && out.get(out.size() - 3).is("(")) {
                Token lone = out.get(out.size() - 2);
                out.subList(out.size() - 3, out.size()).clear();
                Token bare = token(TokenKind.IDENTIFIER, lone.text(), lone.position());
                enclosed.add(bare);
                out.add(bare);
            }
        }
        for (Token t : out) {
            if ((t.is(TYPE) || t.is(NUMBER)) && !enclosed.contains(t)) {
                return null;
            }
        }
        return out;
    }

    private boolean isMacro(String name) {
        return macros.body(name) != null || MacroTable.isBuiltin(name);
    }

    private static boolean anyBuiltin(Set<String> names) {
        for (String name : names) {
            if (MacroTable.isBuiltin(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlaceholder(String name) {
        return name.equals(TYPE) || name.equals(NUMBER) || name.equals(PAYLOAD) || name.equals(SIZE);
    }

    /**
     * {@return every macro name (built-ins included) that expanding {@code tokens}, and the macro
     * {@code also} when not null, can reach through replacement lists}
     */
    private Set<String> reachable(List<Token> tokens, String also) {
        Set<String> out = new HashSet<>();
        Deque<String> work = new ArrayDeque<>();
        if (also != null) {
            work.add(also);
        }
        for (Token t : tokens) {
            if (t.kind() == TokenKind.IDENTIFIER) {
                work.add(t.text());
            }
        }
        while (!work.isEmpty()) {
            String name = work.poll();
            if (out.contains(name) || !isMacro(name)) {
                continue;
            }
            out.add(name);
            List<Token> body = macros.body(name);
            if (body != null) {
                for (Token t : body) {
                    if (t.kind() == TokenKind.IDENTIFIER && !out.contains(t.text())) {
                        work.add(t.text());
                    }
                }
            }
        }
        return out;
    }

    /** {@return {@code tokens} with every parenthesised group of literals and operators replaced by its value} */
    private List<Token> fold(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        // per open group: where its "(" is in out, and whether it is still plain arithmetic (1) or not (0);
        // a group that is not, or that does not fold, makes its parent not plain, so no token is scanned
        // or evaluated twice however deeply a template nests
        Deque<int[]> opens = new ArrayDeque<>();
        for (Token t : tokens) {
            out.add(t);
            boolean punctuator = t.kind() == TokenKind.PUNCTUATOR;
            if (punctuator && t.text().equals("(")) {
                opens.push(new int[] {out.size() - 1, 1});
            } else if (punctuator && t.text().equals(")") && !opens.isEmpty()) {
                int[] group = opens.pop();
                Token literal = group[1] == 1 ? literal(out.subList(group[0] + 1, out.size() - 1), out.get(group[0]))
                        : null;
                if (literal != null) {
                    out.subList(group[0], out.size()).clear();
                    out.add(literal);
                } else if (!opens.isEmpty()) {
                    opens.peek()[1] = 0;
                }
            } else if (!punctuator && t.kind() != TokenKind.NUMBER && !opens.isEmpty()) {
                opens.peek()[1] = 0;
            }
        }
        return List.copyOf(out);
    }

    /**
     * {@return a literal with the value and type of {@code group} (numbers and punctuators only), or
     * null when it has no such value}
     */
    private Token literal(List<Token> group, Token open) {
        if (group.isEmpty()) {
            return null;
        }
        IntValue value = environment.evaluate(List.copyOf(group), open.reportPosition(), new Diagnostics());
        if (value == null) {
            return null;
        }
        String text = switch (value.type()) {
            case INT -> value.bits() >= 0 ? Long.toString(value.bits()) : null;
            case LONG -> value.bits() >= 0 ? value.bits() + "L" : null;
            case LONG_LONG -> value.bits() >= 0 ? value.bits() + "LL" : null;
            case UNSIGNED_INT -> Long.toUnsignedString(value.bits()) + "U";
            case UNSIGNED_LONG -> Long.toUnsignedString(value.bits()) + "UL";
            case UNSIGNED_LONG_LONG -> Long.toUnsignedString(value.bits()) + "ULL";
            default -> null;
        };
        if (text == null) {
            return null;
        }
        Token literal = token(TokenKind.NUMBER, text, open.position());
        IntValue check = environment.evaluate(List.of(literal), open.reportPosition(), new Diagnostics());
        return check != null && check.bits() == value.bits() && check.type() == value.type() ? literal : null;
    }

    private static Token token(TokenKind kind, String text, Position at) {
        return new Token(kind, text, at, null, false, false, List.of());
    }
}
