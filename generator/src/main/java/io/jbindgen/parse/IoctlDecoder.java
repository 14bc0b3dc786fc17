package io.jbindgen.parse;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.eval.IntValue;
import io.jbindgen.lex.Token;
import io.jbindgen.model.CType;
import io.jbindgen.model.IoctlInfo;
import io.jbindgen.model.ScalarKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognises ioctl request macros ({@code _IO/_IOR/_IOW/_IOWR} and the {@code _BAD} variants,
 * possibly reached through other object-like macros) and decodes their arguments.
 */
final class IoctlDecoder {
    private static final Map<String, IoctlInfo.Direction> REQUESTS = Map.of(
            "_IO", IoctlInfo.Direction.NONE,
            "_IOR", IoctlInfo.Direction.READ, "_IOR_BAD", IoctlInfo.Direction.READ,
            "_IOW", IoctlInfo.Direction.WRITE, "_IOW_BAD", IoctlInfo.Direction.WRITE,
            "_IOWR", IoctlInfo.Direction.READ_WRITE, "_IOWR_BAD", IoctlInfo.Direction.READ_WRITE);
    private static final int MAX_INDIRECTIONS = 32;
    private static final Set<String> ARGUMENT_ENDS = Set.of(",", ")");
    /** Stands for "no value" in {@link #constants}. */
    private static final IntValue NO_CONSTANT = new IntValue(0, ScalarKind.INT);

    /**
     * An invocation of a request macro that a macro's replacement list reaches.
     *
     * @param direction the direction the request macro stands for
     * @param macro the request macro, e.g. {@code _IOR}
     * @param args its arguments as written (2 for {@code _IO}, else 3)
     * @param chain the object-like macros followed to reach it, the valued macro first
     * @param whole whether the invocation is all that the replacement list expands to
     */
    record Request(IoctlInfo.Direction direction, String macro, List<List<Token>> args, List<String> chain,
            boolean whole) {
    }

    private final TypeEnvironment environment;
    private final MacroExpansion macros;
    /**
     * Values of the type and number arguments already evaluated, by their spelling: the same few
     * (say {@code KVMIO}) recur in every request of a header, and the macro table is final.
     */
    private final Map<String, IntValue> constants = new HashMap<>();

    IoctlDecoder(TypeEnvironment environment, MacroExpansion macros) {
        this.environment = environment;
        this.macros = macros;
    }

    /** {@return the decoded request when {@code body} is an ioctl request macro, else {@code null}} */
    IoctlInfo decode(List<Token> body) {
        Request r = request(null, body);
        return r == null ? null : decode(r);
    }

    /**
     * {@return the request invocation the replacement list {@code body} of macro {@code name} (null for
     * none) reaches through object-like macros, or {@code null}}
     */
    Request request(String name, List<Token> body) {
        List<Token> tokens = body;
        List<String> chain = new ArrayList<>();
        if (name != null) {
            chain.add(name);
        }
        for (int i = 0; i < MAX_INDIRECTIONS && !tokens.isEmpty(); i++) {
            Token head = tokens.getFirst();
            if (!head.isIdentifier()) {
                return null;
            }
            IoctlInfo.Direction direction = REQUESTS.get(head.text());
            if (direction != null && tokens.size() > 1 && tokens.get(1).is("(")) {
                return invocation(direction, tokens, chain);
            }
            List<Token> next = macros.objectLikeBody(head.text());
            if (next == null) {
                return null;
            }
            chain.add(head.text());
            List<Token> replaced = new ArrayList<>(next);
            replaced.addAll(tokens.subList(1, tokens.size()));
            tokens = replaced;
        }
        return null;
    }

    private static Request invocation(IoctlInfo.Direction direction, List<Token> tokens, List<String> chain) {
        TokenCursor c = new TokenCursor(tokens, 2);
        List<List<Token>> args = new ArrayList<>();
        while (!c.atEnd()) {
            args.add(c.collectUntil(ARGUMENT_ENDS));
            if (!c.accept(",")) {
                break;
            }
        }
        int expected = direction == IoctlInfo.Direction.NONE ? 2 : 3;
        if (!c.at(")") || args.size() != expected) {
            return null;
        }
        c.next();
        return new Request(direction, tokens.getFirst().text(), args, List.copyOf(chain), c.atEnd());
    }

    /** {@return the decoded request, or {@code null} when its arguments have no value or type} */
    IoctlInfo decode(Request r) {
        Token at = r.args().getFirst().isEmpty() ? null : r.args().getFirst().getFirst();
        IntValue type = constant(r.args().get(0), at);
        IntValue number = constant(r.args().get(1), at);
        if (type == null || number == null) {
            return null;
        }
        if (r.args().size() == 2) {
            return new IoctlInfo(r.direction(), type.bits(), number.bits(), 0, null);
        }
        Diagnostics scratch = new Diagnostics();
        CType payload = environment.typeName(macros.expand(r.args().get(2), scratch), scratch);
        long size = payload == null ? -1 : environment.sizeOf(payload);
        return payload == null || size < 0 ? null
                : new IoctlInfo(r.direction(), type.bits(), number.bits(), size, payload);
    }

    /** {@return the value of the type or number argument {@code tokens} of a request, or null} */
    IntValue constant(List<Token> tokens) {
        return constant(tokens, tokens.isEmpty() ? null : tokens.getFirst());
    }

    private IntValue constant(List<Token> tokens, Token at) {
        if (tokens.isEmpty()) {
            return null;
        }
        String spelling = spelling(tokens);
        IntValue known = constants.get(spelling);
        if (known == null) {
            Diagnostics scratch = new Diagnostics();
            IntValue value = environment.evaluate(macros.expand(tokens, scratch), at.reportPosition(), scratch);
            known = value == null ? NO_CONSTANT : value;
            constants.put(spelling, known);
        }
        return known == NO_CONSTANT ? null : known;
    }

    /** {@return the tokens' spellings, one per line: a key for a token list} */
    static String spelling(List<Token> tokens) {
        StringBuilder key = new StringBuilder();
        for (Token t : tokens) {
            key.append(t.text()).append('\n');
        }
        return key.toString();
    }
}
