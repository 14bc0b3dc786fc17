package io.jbindgen.cli;

import io.jbindgen.GenerationRequest;
import io.jbindgen.InvalidRequestException;
import io.jbindgen.target.Target;
import io.jbindgen.select.DeclarationKind;
import io.jbindgen.select.SelectionRule;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parses jbindgen's command line into {@link Options} and the {@link GenerationRequest} in them; every
 * mistake is a {@link UsageException}, a value the request rejects too, under the option's name.
 */
final class OptionsParser {


    /** The options of function binding, each repeatable. */
    private static final List<String> FUNCTION_OPTIONS = List.of("--library", "--include-function",
            "--exclude-function", "--errno", "--critical");

    /** The options of declaration selection, each repeatable: {@code --include-struct} and the rest. */
    private static final List<String> SELECTION_OPTIONS = selectionOptions();

    private final List<String> args;
    private int next;

    private String targetName;
    private final List<Path> includeDirs = new ArrayList<>();
    private final Map<String, String> defines = new LinkedHashMap<>();
    private final List<String> undefines = new ArrayList<>();
    private Path layoutJson;
    private boolean layoutText;
    private Path outputDir;
    private String javaPackage;
    private String deprecationPattern = GenerationRequest.DEFAULT_DEPRECATION_PATTERN;
    private final List<String> requestEnums = new ArrayList<>();
    private final Map<String, String> requestArguments = new LinkedHashMap<>();
    private final Map<String, List<String>> functionOptions = new LinkedHashMap<>();
    private Path abiBaseline;
    private Path abiJson;
    private Path abiOldSources;
    private final List<Path> abiSources = new ArrayList<>();
    private final List<SelectionRule> selection = new ArrayList<>();
    private boolean reportSkipped;
    private Path dumpIncludes;
    private boolean help;
    private boolean version;
    private final List<Path> headers = new ArrayList<>();

    private OptionsParser(List<String> args) {
        this.args = args;
    }

    /**
     * Parses {@code args}.
     *
     * @param args the command-line arguments
     * @return the options
     * @throws UsageException when the command line is wrong
     */
    static Options parse(List<String> args) throws UsageException {
        OptionsParser parser = new OptionsParser(args);
        parser.readAll();
        return parser.build();
    }

    private void readAll() throws UsageException {
        boolean optionsEnded = false;
        while (next < args.size()) {
            String arg = args.get(next++);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                if (arg.equals("-")) {
                    throw new UsageException("reading a header from standard input is not supported");
                }
                headers.add(path(arg, "header"));
            } else if (arg.equals("--")) {
                optionsEnded = true;
            } else {
                readOption(arg);
            }
        }
    }

    private void readOption(String arg) throws UsageException {
        switch (arg) {
            case "-h", "--help" -> help = true;
            case "--version" -> version = true;
            case "--layout-text" -> layoutText = true;
            case "--report-skipped" -> reportSkipped = true;
            case "-d" -> outputDir = path(value(arg), "-d directory");
            case "-p" -> javaPackage = value(arg);
            default -> readOptionWithValue(arg);
        }
    }

    private void readOptionWithValue(String arg) throws UsageException {
        if (arg.startsWith("-I")) {
            includeDirs.add(path(attachedOrNext(arg, "-I"), "-I directory"));
        } else if (arg.startsWith("-D")) {
            define(attachedOrNext(arg, "-D"));
        } else if (arg.startsWith("-U")) {
            undefines.add(identifier(attachedOrNext(arg, "-U"), "-U"));
        } else if (arg.equals("--target") || arg.startsWith("--target=")) {
            setTarget(longValue(arg, "--target"));
        } else if (arg.equals("--layout-json") || arg.startsWith("--layout-json=")) {
            String value = longValue(arg, "--layout-json");
            layoutJson = value.equals(Options.STDOUT) ? Path.of(Options.STDOUT) : path(value, "--layout-json path");
        } else if (arg.equals("--deprecation-pattern") || arg.startsWith("--deprecation-pattern=")) {
            deprecationPattern = longValue(arg, "--deprecation-pattern");
        } else if (arg.equals("--request-enum") || arg.startsWith("--request-enum=")) {
            requestEnums.add(longValue(arg, "--request-enum"));
        } else if (arg.equals("--request-args") || arg.startsWith("--request-args=")) {
            requestArguments(longValue(arg, "--request-args"));
        } else if (FUNCTION_OPTIONS.contains(arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg)) {
            String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            List<String> values = functionOptions.get(option);
            if (values == null) {
                values = new ArrayList<>();
                functionOptions.put(option, values);
            }
            values.add(longValue(arg, option));
        } else if (SELECTION_OPTIONS.contains(arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg)) {
            String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            DeclarationKind kind = DeclarationKind.valueOf(option.substring(option.lastIndexOf('-') + 1)
                    .toUpperCase(Locale.ROOT));
            selection.add(new SelectionRule(option.startsWith("--include-"), kind, longValue(arg, option)));
        } else if (arg.equals("--dump-includes") || arg.startsWith("--dump-includes=")) {
            dumpIncludes = path(longValue(arg, "--dump-includes"), "--dump-includes file");
        } else if (arg.startsWith("--abi-")) {
            readAbiOption(arg);
        } else {
            throw new UsageException("unknown option '" + arg + "'");
        }
    }

    private void readAbiOption(String arg) throws UsageException {
        if (arg.equals("--abi-baseline") || arg.startsWith("--abi-baseline=")) {
            abiBaseline = path(longValue(arg, "--abi-baseline"), "--abi-baseline file");
        } else if (arg.equals("--abi-json") || arg.startsWith("--abi-json=")) {
            abiJson = path(longValue(arg, "--abi-json"), "--abi-json path");
        } else if (arg.equals("--abi-old-sources") || arg.startsWith("--abi-old-sources=")) {
            abiOldSources = path(longValue(arg, "--abi-old-sources"), "--abi-old-sources directory");
        } else if (arg.equals("--abi-sources") || arg.startsWith("--abi-sources=")) {
            abiSources.add(path(longValue(arg, "--abi-sources"), "--abi-sources directory"));
        } else {
            throw new UsageException("unknown option '" + arg + "'");
        }
    }

    private String value(String option) throws UsageException {
        if (next >= args.size()) {
            throw new UsageException("missing argument after '" + option + "'");
        }
        return args.get(next++);
    }

    private String attachedOrNext(String arg, String option) throws UsageException {
        return arg.length() > option.length() ? arg.substring(option.length()) : value(option);
    }

    private String longValue(String arg, String option) throws UsageException {
        return arg.length() > option.length() ? arg.substring(option.length() + 1) : value(option);
    }

    private void define(String definition) throws UsageException {
        int eq = definition.indexOf('=');
        String name = eq < 0 ? definition : definition.substring(0, eq);
        defines.put(identifier(name, "-D"), eq < 0 ? null : definition.substring(eq + 1));
    }

    /** {@code CONSTANT=a,b,c} ({@code CONSTANT=}: no argument). */
    private void requestArguments(String value) throws UsageException {
        int eq = value.indexOf('=');
        if (eq < 0) {
            throw new UsageException("--request-args needs CONSTANT=name,name,... (got '" + value + "')");
        }
        requestArguments.put(value.substring(0, eq).strip(), value.substring(eq + 1));
    }

    private void setTarget(String name) throws UsageException {
        if (targetName != null && !targetName.equals(name)) {
            throw new UsageException("--target given twice ('" + targetName + "' and '" + name
                    + "'); run jbindgen once per target");
        }
        targetName = name;
    }

    private static String identifier(String name, String option) throws UsageException {
        if (!isName(name, "_")) {
            throw new UsageException("'" + name + "' after " + option + " is not a macro name");
        }
        return name;
    }

    /** {@return whether {@code text} is an ASCII letter or one of {@code extra}, then those or digits} */
    private static boolean isName(String text, String extra) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || extra.indexOf(c) >= 0;
            if (!letter && !(i > 0 && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static Path path(String text, String what) throws UsageException {
        try {
            if (text.isEmpty()) {
                throw new UsageException("empty " + what);
            }
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new UsageException("invalid " + what + " '" + text + "': " + e.getReason());
        }
    }

    private Options build() throws UsageException {
        if (!help && !version) {
            checkRunnable();
        }
        boolean jsonDirectory = layoutJson != null && !layoutJson.toString().equals(Options.STDOUT)
                && (headers.size() > 1 || Files.isDirectory(layoutJson));
        AbiOptions abi = abiBaseline == null ? null : new AbiOptions(abiBaseline, abiJson, abiOldSources, abiSources);
        return new Options(request(), layoutJson, jsonDirectory, outputDir, help, version, abi, reportSkipped,
                dumpIncludes);
    }

    /** {@return the request the command line asks for} @throws UsageException naming the option of a bad value */
    private GenerationRequest request() throws UsageException {
        GenerationRequest.Builder request = GenerationRequest.builder().deprecationPattern(deprecationPattern);
        for (Path header : headers) { // loops, not method references: no lambda linkage at start-up
            request.header(header);
        }
        for (Path dir : includeDirs) {
            request.includeDir(dir);
        }
        for (Map.Entry<String, String> define : defines.entrySet()) {
            request.define(define.getKey(), define.getValue());
        }
        for (String name : undefines) {
            request.undefine(name);
        }
        for (String tag : requestEnums) {
            request.requestEnum(tag);
        }
        for (Map.Entry<String, String> e : requestArguments.entrySet()) {
            request.requestArguments(e.getKey(), e.getValue());
        }
        for (SelectionRule rule : selection) {
            if (rule.include()) {
                request.include(rule.kind(), rule.pattern());
            } else {
                request.exclude(rule.kind(), rule.pattern());
            }
        }
        for (String library : functionOptions.getOrDefault("--library", List.of())) {
            request.library(library);
        }
        for (String pattern : functionOptions.getOrDefault("--include-function", List.of())) {
            request.includeFunction(pattern);
        }
        for (String pattern : functionOptions.getOrDefault("--exclude-function", List.of())) {
            request.excludeFunction(pattern);
        }
        for (String pattern : functionOptions.getOrDefault("--errno", List.of())) {
            request.errnoFunction(pattern);
        }
        for (String pattern : functionOptions.getOrDefault("--critical", List.of())) {
            request.criticalFunction(pattern);
        }
        Set<GenerationRequest.Product> products = EnumSet.noneOf(GenerationRequest.Product.class);
        if (outputDir != null) {
            products.add(GenerationRequest.Product.JAVA);
        }
        if (layoutJson != null) {
            products.add(GenerationRequest.Product.LAYOUT_JSON);
        }
        if (layoutText) {
            products.add(GenerationRequest.Product.LAYOUT_TEXT);
        }
        if (reportSkipped || dumpIncludes != null) {
            products.add(GenerationRequest.Product.SELECTION);
        }
        if (abiOldSources != null || !abiSources.isEmpty()) {
            products.add(GenerationRequest.Product.JAVA); // the new sources, compared in memory
        }
        try {
            return request.output(targetName == null ? Target.X86_64.name() : targetName,
                    javaPackage == null ? "" : javaPackage).products(products).build();
        } catch (InvalidRequestException e) {
            if (e.field().startsWith("selection[")) {
                SelectionRule rule = selection.get(Integer.parseInt(e.field().replaceAll("\\D", "")));
                throw new UsageException(rule.spelling().substring(0, rule.spelling().indexOf(' ')) + ": "
                        + e.problem());
            }
            throw new UsageException(option(e.field()) + ": " + e.problem());
        }
    }

    /** {@return the option that sets a {@link GenerationRequest} field} */
    private static String option(String field) {
        return field.endsWith(".target") ? "--target"
                : field.endsWith(".javaPackage") ? "-p"
                : field.equals("deprecationPattern") ? "--deprecation-pattern"
                : field.startsWith("commands.requestEnums") ? "--request-enum"
                : field.startsWith("commands.arguments") ? "--request-args"
                : field.equals("libraries") ? "--library"
                : field.equals("includeFunctions") ? "--include-function"
                : field.equals("excludeFunctions") ? "--exclude-function"
                : field.equals("errnoFunctions") ? "--errno"
                : field.equals("criticalFunctions") ? "--critical"
                : field;
    }

    private static List<String> selectionOptions() {
        List<String> options = new ArrayList<>();
        for (DeclarationKind kind : DeclarationKind.values()) {
            options.add("--include-" + kind.optionName());
            options.add("--exclude-" + kind.optionName());
        }
        return List.copyOf(options);
    }

    private void checkRunnable() throws UsageException {
        if (headers.isEmpty()) {
            throw new UsageException("no header given");
        }
        if (!requestEnums.isEmpty() && outputDir == null && abiBaseline == null) {
            throw new UsageException("--request-enum needs -d (command classes are Java sources)");
        }
        if (javaPackage != null && outputDir == null && abiOldSources == null && abiSources.isEmpty()) {
            throw new UsageException("-p needs -d (the output root for generated Java)");
        }
        if (layoutJson != null && layoutJson.toString().equals(Options.STDOUT) && headers.size() > 1) {
            throw new UsageException("--layout-json - (standard output) takes one header");
        }
        if (layoutJson != null && headers.size() > 1) {
            checkDistinctFileNames();
        }
        checkAbi();
    }

    private void checkAbi() throws UsageException {
        if (abiBaseline == null && (abiJson != null || abiOldSources != null || !abiSources.isEmpty())) {
            throw new UsageException("--abi-json, --abi-old-sources and --abi-sources need --abi-baseline");
        }
        if (abiBaseline != null && headers.size() != 1) {
            throw new UsageException("--abi-baseline compares one header (got " + headers.size() + ")");
        }
        if ((abiOldSources != null || !abiSources.isEmpty()) && javaPackage == null) {
            throw new UsageException("--abi-old-sources and --abi-sources need -p (the package the sources use)");
        }
    }

    private void checkDistinctFileNames() throws UsageException {
        Set<String> seen = new HashSet<>();
        for (Path header : headers) {
            Path name = header.getFileName();
            if (name == null || !seen.add(name.toString())) {
                throw new UsageException("--layout-json DIR needs headers with distinct file names; '"
                        + header + "' repeats one");
            }
        }
    }
}
