package io.jbindgen.commands;

import io.jbindgen.target.Target;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.Comment;
import io.jbindgen.model.EnumConstant;
import io.jbindgen.model.EnumDecl;
import io.jbindgen.model.Position;
import io.jbindgen.model.ScalarKind;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.naming.JavaNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Plans the typed commands of a header's request enums: a pass between the layout engine and the
 * emitter. Errors (codes {@code request-enum-not-found}, {@code request-arguments-unknown},
 * {@code request-code-out-of-range}) name the header or the enumerator; nothing is guessed.
 */
public final class CommandPlanner {
    /** Method names the command class already has (its accessor) or inherits from {@code Object}. */
    private static final Set<String> TAKEN = Set.of("channel", "getClass", "hashCode", "equals", "toString",
            "notify", "notifyAll", "wait", "clone", "finalize");

    private final TranslationUnit unit;
    private final int wordBytes;
    private final String targetName;
    private final Pattern deprecation;
    private final Diagnostics diagnostics;

    private CommandPlanner(TranslationUnit unit, Target target, Pattern deprecation, Diagnostics diagnostics) {
        this.unit = unit;
        this.wordBytes = target.scalar(ScalarKind.UNSIGNED_LONG).orElseThrow().size();
        this.targetName = target.name();
        this.deprecation = deprecation;
        this.diagnostics = diagnostics;
    }

    /**
     * Plans the commands {@code options} asks for.
     *
     * @param unit the header
     * @param target the target ABI (its {@code unsigned long} is the word)
     * @param options the request enums and argument overrides
     * @param deprecation matched anywhere in an enumerator's comment: the command is deprecated
     * @param diagnostics where problems go
     * @return one command set per request enum found, in the order asked
     */
    public static List<CommandSet> plan(TranslationUnit unit, Target target, CommandOptions options,
            Pattern deprecation, Diagnostics diagnostics) {
        CommandPlanner planner = new CommandPlanner(unit, target, deprecation, diagnostics);
        List<CommandSet> sets = new ArrayList<>();
        Set<String> constants = new HashSet<>();
        Position header = new Position(unit.mainFile(), 1, 1);
        for (String tag : options.requestEnums()) {
            Optional<EnumDecl> decl = unit.enumeration("enum " + tag);
            if (decl.isEmpty()) {
                diagnostics.error(header, "request-enum-not-found", "no enum '%s' in this header for the request"
                        + " set (the enum tag, as in 'enum %s { ... }')", tag, tag);
                continue;
            }
            decl.get().constants().forEach(c -> constants.add(c.name()));
            sets.add(planner.set(decl.get(), options));
        }
        for (String constant : options.arguments().keySet()) {
            if (!constants.contains(constant)) {
                diagnostics.error(header, "request-arguments-unknown", "argument names are given for '%s', which"
                        + " is no enumerator of a request enum of this header", constant);
            }
        }
        return List.copyOf(sets);
    }

    private CommandSet set(EnumDecl decl, CommandOptions options) {
        String prefix = commonPrefix(decl.constants());
        Set<String> methods = new HashSet<>(TAKEN);
        List<CommandSet.Command> commands = new ArrayList<>();
        for (EnumConstant c : decl.constants()) {
            long code = c.value();
            if (code < 0 && !decl.underlying().isUnsigned() || !fits(code)) {
                diagnostics.error(c.position(), "request-code-out-of-range", "request %s = %s does not fit the"
                        + " %d-byte unsigned long of %s", c.name(), decl.underlying().isUnsigned()
                        ? Long.toUnsignedString(code) : Long.toString(code), wordBytes, targetName);
                continue;
            }
            String method = unique(JavaNames.lowerCamel(c.name().substring(prefix.length()), "request"), methods);
            List<String> override = options.arguments().get(c.name());
            List<CommandSet.Parameter> parameters = override != null ? named(override)
                    : described(RequestArguments.of(c.doc().map(Comment::text).orElse(null)));
            boolean deprecated = c.doc().map(d -> deprecation.matcher(d.text()).find()).orElse(false);
            commands.add(new CommandSet.Command(c.name(), code, method, parameters, deprecated, override != null,
                    c.comment(), c.position()));
        }
        return new CommandSet(decl.key(), wordBytes, targetName, commands, decl.comment(), decl.position());
    }

    private boolean fits(long value) {
        return wordBytes >= Long.BYTES || Long.compareUnsigned(value, (1L << (8 * wordBytes)) - 1) <= 0;
    }

    /** {@return the longest prefix of every enumerator's name that ends with an underscore} */
    private static String commonPrefix(List<EnumConstant> constants) {
        if (constants.isEmpty()) {
            return "";
        }
        String prefix = constants.getFirst().name();
        for (EnumConstant c : constants) {
            int n = 0;
            while (n < prefix.length() && n < c.name().length() && prefix.charAt(n) == c.name().charAt(n)) {
                n++;
            }
            prefix = prefix.substring(0, n);
        }
        int cut = prefix.lastIndexOf('_');
        prefix = prefix.substring(0, cut + 1);
        for (EnumConstant c : constants) {
            String rest = c.name().substring(prefix.length());
            if (rest.isEmpty() || Character.isDigit(rest.charAt(0))) {
                return "";
            }
        }
        return prefix;
    }

    private static List<CommandSet.Parameter> named(List<String> names) {
        Set<String> used = new HashSet<>();
        List<CommandSet.Parameter> out = new ArrayList<>();
        for (String name : names) {
            out.add(new CommandSet.Parameter(unique(name, used), name));
        }
        return out;
    }

    /** Parameters named after the first word of each phrase ({@code on/off flag}: {@code onOff}). */
    private static List<CommandSet.Parameter> described(List<String> phrases) {
        Set<String> used = new HashSet<>();
        List<CommandSet.Parameter> out = new ArrayList<>();
        for (int i = 0; i < phrases.size(); i++) {
            String phrase = phrases.get(i);
            String firstWord = phrase.split("\\s+", 2)[0].replaceAll("[^A-Za-z0-9_]+", "_");
            String name = JavaNames.lowerCamel(firstWord, "arg" + (i + 1));
            out.add(new CommandSet.Parameter(unique(name, used), phrase));
        }
        return out;
    }

    /** {@return {@code name}, or with the first free number appended when it is taken; records it as taken} */
    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = name + n;
        }
        taken.add(candidate);
        return candidate;
    }
}
