package io.jbindgen;

import io.jbindgen.target.Target;
import io.jbindgen.commands.CommandOptions;
import io.jbindgen.emit.EmitOptions;
import io.jbindgen.naming.FunctionOptions;
import io.jbindgen.select.DeclarationKind;
import io.jbindgen.select.SelectionPolicy;
import io.jbindgen.select.SelectionRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.SourceVersion;

/**
 * Everything one generation run needs: which headers, how to preprocess them, which Java package
 * each target ABI goes to, and what to produce. Immutable and valid: the constructor checks every
 * value once, for every caller (the command line, the Maven plugin, a library user), and throws an
 * {@link InvalidRequestException} naming the field. Build one with {@link #builder()}.
 *
 * @param headers the headers to generate bindings for, each its own translation unit
 * @param includeDirs the {@code -I} directories, searched in order (no implicit system directories)
 * @param defines {@code -D} macro definitions in order; a {@code null} value means {@code 1}
 * @param undefines {@code -U} macro names
 * @param outputs one entry per target ABI: the target and the Java package its bindings go to (at
 *     least one; no target and no package twice)
 * @param deprecationPattern a regular expression, matched case-insensitively anywhere in a constant's
 *     comment, that marks the constant {@code @Deprecated}
 * @param products what to produce for each header and target: Java sources, layout reports
 * @param commands which C enums are request sets (each gets a typed command class with its Java
 *     sources) and per-enumerator argument names
 * @param functions how functions and global variables are bound: libraries to look symbols up in,
 *     include/exclude patterns, and the functions whose {@code errno} is captured
 * @param selection which records, enums and constants are generated: include and exclude rules by kind
 *     and name or glob (none: each header's own declarations and what they reach); see
 *     {@link SelectionPolicy}
 */
public record GenerationRequest(List<Path> headers, List<Path> includeDirs, Map<String, String> defines,
        List<String> undefines, List<Output> outputs, String deprecationPattern, Set<Product> products,
        CommandOptions commands, FunctionOptions functions, List<SelectionRule> selection) {

    /** The default {@link #deprecationPattern()}: the words "no longer used", "obsolete", "deprecated". */
    public static final String DEFAULT_DEPRECATION_PATTERN = EmitOptions.DEFAULT_DEPRECATION_PATTERN;

    /** What a run produces for each header and target. */
    public enum Product {
        /** Java sources ({@link HeaderResult#files()}). */
        JAVA,
        /** The JSON layout report ({@link HeaderResult#layoutJson()}). */
        LAYOUT_JSON,
        /** The pahole-style text layout report ({@link HeaderResult#layoutText()}). */
        LAYOUT_TEXT,
        /**
         * The whole selection plan ({@link HeaderResult#plan()}), constants included, also without Java
         * sources; otherwise a run without Java plans only the records and enums its reports need.
         */
        SELECTION
    }

    public GenerationRequest {
        headers = List.copyOf(headers);
        includeDirs = List.copyOf(includeDirs);
        defines = Collections.unmodifiableMap(new LinkedHashMap<>(defines));
        undefines = List.copyOf(undefines);
        outputs = List.copyOf(outputs);
        Objects.requireNonNull(deprecationPattern, "deprecationPattern");
        products = Collections.unmodifiableSet(products.isEmpty() ? EnumSet.noneOf(Product.class)
                : EnumSet.copyOf(products));
        Objects.requireNonNull(commands, "commands");
        Objects.requireNonNull(functions, "functions");
        selection = List.copyOf(selection);
        checkOutputs(outputs);
        checkFunctions(functions);
        checkPattern(deprecationPattern);
        checkCommands(commands);
        checkSelection(selection);
    }

    /** A request that generates each header's own declarations and what they reach. */
    public GenerationRequest(List<Path> headers, List<Path> includeDirs, Map<String, String> defines,
            List<String> undefines, List<Output> outputs, String deprecationPattern, Set<Product> products,
            CommandOptions commands, FunctionOptions functions) {
        this(headers, includeDirs, defines, undefines, outputs, deprecationPattern, products, commands, functions,
                List.of());
    }

    /**
     * {@return the policy of the selection-and-naming pass: the rules, the function include and exclude
     * patterns as rules of kind {@code FUNCTION}, and, when the run has several
     * headers (they share each output's package), those headers, so each declaration made in one of them
     * is generated once, with that header}
     */
    public SelectionPolicy selectionPolicy() {
        List<SelectionRule> rules = new ArrayList<>(selection);
        rules.addAll(SelectionRule.functions(functions));
        return new SelectionPolicy(rules, headers.size() > 1 ? headers : List.of());
    }

    /** A request with the default function binding (every function and variable, libc, no errno capture). */
    public GenerationRequest(List<Path> headers, List<Path> includeDirs, Map<String, String> defines,
            List<String> undefines, List<Output> outputs, String deprecationPattern, Set<Product> products,
            CommandOptions commands) {
        this(headers, includeDirs, defines, undefines, outputs, deprecationPattern, products, commands,
                FunctionOptions.DEFAULT);
    }

    /**
     * One target ABI and the Java package its bindings are generated into.
     *
     * @param target the target ABI
     * @param javaPackage the Java package (empty for the unnamed package)
     */
    public record Output(Target target, String javaPackage) {
        public Output {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(javaPackage, "javaPackage");
        }
    }

    /** {@return whether {@code product} is asked for} */
    public boolean wants(Product product) {
        return products.contains(product);
    }

    /**
     * {@return what is wrong with {@code name} as a Java package name, or {@code null} when it is one
     * (the empty name, the unnamed package, is one)} The one check every caller uses.
     */
    public static String javaPackageProblem(String name) {
        return name.isEmpty() || SourceVersion.isName(name) ? null : "'" + name + "' is not a Java package name";
    }

    private static void checkOutputs(List<Output> outputs) {
        if (outputs.isEmpty()) {
            throw new InvalidRequestException("outputs", "no output (target and Java package) requested");
        }
        Set<Target> targets = new HashSet<>();
        Set<String> packages = new HashSet<>();
        for (int i = 0; i < outputs.size(); i++) {
            Output output = outputs.get(i);
            String problem = javaPackageProblem(output.javaPackage());
            if (problem != null) {
                throw new InvalidRequestException("outputs[" + i + "].javaPackage", problem);
            }
            if (!targets.add(output.target())) {
                throw new InvalidRequestException("outputs[" + i + "].target",
                        "target '" + output.target().name() + "' requested twice");
            }
            if (!packages.add(output.javaPackage())) {
                throw new InvalidRequestException("outputs[" + i + "].javaPackage",
                        "Java package '" + output.javaPackage() + "' requested for two targets");
            }
        }
    }

    private static void checkCommands(CommandOptions commands) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < commands.requestEnums().size(); i++) {
            String tag = commands.requestEnums().get(i);
            if (!isCIdentifier(tag)) {
                throw new InvalidRequestException("commands.requestEnums[" + i + "]", "'" + tag
                        + "' is not a C enum tag");
            }
            if (!seen.add(tag)) {
                throw new InvalidRequestException("commands.requestEnums[" + i + "]", "enum '" + tag
                        + "' named twice");
            }
        }
        if (commands.isEmpty() && !commands.arguments().isEmpty()) {
            throw new InvalidRequestException("commands.arguments", "argument names are given but no request enum");
        }
        for (Map.Entry<String, List<String>> e : commands.arguments().entrySet()) {
            String field = "commands.arguments[" + e.getKey() + "]";
            if (!isCIdentifier(e.getKey())) {
                throw new InvalidRequestException(field, "'" + e.getKey() + "' is not a C enumerator name");
            }
            Set<String> names = new HashSet<>();
            for (String name : e.getValue()) {
                if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name)) {
                    throw new InvalidRequestException(field, "'" + name + "' is not a Java parameter name");
                }
                if (!names.add(name)) {
                    throw new InvalidRequestException(field, "'" + name + "' named twice");
                }
            }
        }
    }

    private static void checkSelection(List<SelectionRule> rules) {
        for (int i = 0; i < rules.size(); i++) {
            String problem = rules.get(i).problem();
            if (problem != null) {
                throw new InvalidRequestException("selection[" + i + "]", problem);
            }
        }
    }

    private static boolean isCIdentifier(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_]*");
    }

    private static void checkFunctions(FunctionOptions functions) {
        for (String library : functions.libraries()) {
            if (library.isBlank()) {
                throw new InvalidRequestException("libraries", "a library name or path is blank");
            }
        }
        check("includeFunctions", functions.include());
        check("excludeFunctions", functions.exclude());
        check("errnoFunctions", functions.errno());
        check("criticalFunctions", functions.critical());
    }

    private static void check(String field, List<String> patterns) {
        for (String p : patterns) {
            String problem = FunctionOptions.patternProblem(p);
            if (problem != null) {
                throw new InvalidRequestException(field, problem);
            }
        }
    }

    private static void checkPattern(String pattern) {
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new InvalidRequestException("deprecationPattern", "not a regular expression: "
                    + e.getDescription() + " near index " + e.getIndex());
        }
    }

    /** {@return a new builder with no headers, no outputs, the default deprecation pattern, Java sources only} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link GenerationRequest}. */
    public static final class Builder {
        private final List<Path> headers = new ArrayList<>();
        private final List<Path> includeDirs = new ArrayList<>();
        private final Map<String, String> defines = new LinkedHashMap<>();
        private final List<String> undefines = new ArrayList<>();
        private final List<Output> outputs = new ArrayList<>();
        private String deprecationPattern = DEFAULT_DEPRECATION_PATTERN;
        private final Set<Product> products = EnumSet.of(Product.JAVA);
        private final List<String> requestEnums = new ArrayList<>();
        private final Map<String, List<String>> requestArguments = new LinkedHashMap<>();
        private final List<String> libraries = new ArrayList<>();
        private final List<String> includeFunctions = new ArrayList<>();
        private final List<String> excludeFunctions = new ArrayList<>();
        private final List<String> errnoFunctions = new ArrayList<>();
        private final List<String> criticalFunctions = new ArrayList<>();
        private final List<SelectionRule> selection = new ArrayList<>();

        private Builder() {
        }

        /** Adds a header. */
        public Builder header(Path header) {
            headers.add(Objects.requireNonNull(header, "header"));
            return this;
        }

        /** Adds an include directory. */
        public Builder includeDir(Path dir) {
            includeDirs.add(Objects.requireNonNull(dir, "dir"));
            return this;
        }

        /** Defines a macro ({@code null} value: {@code 1}). */
        public Builder define(String name, String value) {
            defines.put(Objects.requireNonNull(name, "name"), value);
            return this;
        }

        /** Undefines a macro. */
        public Builder undefine(String name) {
            undefines.add(Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * Adds an output.
         *
         * @param target a target name as {@code --target} takes it
         * @param javaPackage the Java package of that target's bindings
         * @throws InvalidRequestException when no target has that name
         */
        public Builder output(String target, String javaPackage) {
            Target resolved;
            try {
                resolved = Target.named(Objects.requireNonNull(target, "target"));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("outputs[" + outputs.size() + "].target", e.getMessage());
            }
            return output(resolved, javaPackage);
        }

        /** Adds an output: {@code target}'s bindings go to {@code javaPackage}. */
        public Builder output(Target target, String javaPackage) {
            outputs.add(new Output(target, javaPackage));
            return this;
        }

        /** Sets the deprecation pattern. */
        public Builder deprecationPattern(String pattern) {
            deprecationPattern = Objects.requireNonNull(pattern, "pattern");
            return this;
        }

        /** Sets what to produce (by default Java sources only). */
        public Builder products(Set<Product> wanted) {
            products.clear();
            products.addAll(wanted);
            return this;
        }

        /**
         * Names a C enum (by tag) as a request set: its enumerators become the methods of a typed command
         * class, generated with the Java sources.
         */
        public Builder requestEnum(String tag) {
            requestEnums.add(Objects.requireNonNull(tag, "tag"));
            return this;
        }

        /**
         * Gives the argument names of one request, in place of what its comment documents.
         *
         * @param constant the enumerator
         * @param names the Java names of its argument words, in order (none: no argument)
         */
        public Builder requestArguments(String constant, List<String> names) {
            requestArguments.put(Objects.requireNonNull(constant, "constant"), List.copyOf(names));
            return this;
        }

        /**
         * Gives the argument names of one request as the command line and the plugin take them: names
         * separated by commas, spaces around them ignored ({@code "base, pfnlimit, start"}); empty or
         * {@code null} for no argument.
         *
         * @param constant the enumerator
         * @param commaSeparatedNames the names
         */
        public Builder requestArguments(String constant, String commaSeparatedNames) {
            String names = commaSeparatedNames == null ? "" : commaSeparatedNames.strip();
            return requestArguments(constant, names.isEmpty() ? List.of() : List.of(names.split("\\s*,\\s*", -1)));
        }

        /**
         * Adds a library the generated functions classes look symbols up in (before libc's default lookup).
         *
         * @param nameOrPath a name such as {@code libz.so.1} (found as {@code dlopen} would) or a path
         */
        public Builder library(String nameOrPath) {
            libraries.add(Objects.requireNonNull(nameOrPath, "nameOrPath"));
            return this;
        }

        /**
         * Binds only the functions and variables matching one of the include patterns (repeatable; none:
         * all): a C name, a glob ({@code pthread_*}), or {@code header.h:glob}.
         */
        public Builder includeFunction(String pattern) {
            includeFunctions.add(Objects.requireNonNull(pattern, "pattern"));
            return this;
        }

        /** Does not bind the functions and variables matching {@code pattern} (same syntax as the include). */
        public Builder excludeFunction(String pattern) {
            excludeFunctions.add(Objects.requireNonNull(pattern, "pattern"));
            return this;
        }

        /**
         * Captures {@code errno} for the functions matching {@code pattern} (e.g. {@code unistd.h:*}): their
         * methods throw {@code ErrnoException} when the result reports failure.
         */
        public Builder errnoFunction(String pattern) {
            errnoFunctions.add(Objects.requireNonNull(pattern, "pattern"));
            return this;
        }

        /**
         * Links the functions matching {@code pattern} as critical ({@code Linker.Option.critical(false)}):
         * for short calls that never block for long and never call back into Java.
         */
        public Builder criticalFunction(String pattern) {
            criticalFunctions.add(Objects.requireNonNull(pattern, "pattern"));
            return this;
        }

        /**
         * Generates the declarations of {@code kind} that {@code pattern} matches (a C name, a glob such as
         * {@code KVM_*}, or {@code header.h:glob}), from the header or any header it includes; once a kind
         * has an include rule, only the declarations of that kind an include rule matches are generated
         * (plus the records and enums generated ones need). Repeatable.
         */
        public Builder include(DeclarationKind kind, String pattern) {
            selection.add(SelectionRule.include(kind, Objects.requireNonNull(pattern, "pattern")));
            return this;
        }

        /** Generates no declaration of {@code kind} that {@code pattern} matches, whatever reaches it. Repeatable. */
        public Builder exclude(DeclarationKind kind, String pattern) {
            selection.add(SelectionRule.exclude(kind, Objects.requireNonNull(pattern, "pattern")));
            return this;
        }

        /** {@return the request} @throws InvalidRequestException when a value cannot be used */
        public GenerationRequest build() {
            return new GenerationRequest(headers, includeDirs, defines, undefines, outputs, deprecationPattern,
                    products, new CommandOptions(requestEnums, requestArguments),
                    new FunctionOptions(libraries, includeFunctions, excludeFunctions, errnoFunctions,
                            criticalFunctions), selection);
        }
    }
}
