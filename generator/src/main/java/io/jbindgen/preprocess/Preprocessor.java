package io.jbindgen.preprocess;

import io.jbindgen.target.Target;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.lex.Token;
import io.jbindgen.lex.TokenKind;
import io.jbindgen.model.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The C preprocessor: turns a header and everything it includes into one list of fully
 * macro-expanded tokens, each keeping the position it was spelled at (and, for tokens produced by a
 * macro, the outermost invocation site), plus the macro table at the end.
 *
 * <p>Bounded against hostile input: include depth, expression depth and expansion size are limited,
 * and conditional nesting is kept off the Java stack. Problems are diagnostics, never exceptions.
 */
public final class Preprocessor {
    private static final String COMMAND_LINE = "<command-line>";
    /** The lexed predefined macros per target, by identity (a record's hashCode costs an indy bootstrap). */
    private static final Map<Target, SourceFile> PREDEFINED = Collections.synchronizedMap(new IdentityHashMap<>());

    private final PreprocessorOptions options;
    private final Diagnostics diagnostics;
    private final SourceCache cache;

    /** Creates a preprocessor with its own file cache. */
    public Preprocessor(PreprocessorOptions options, Diagnostics diagnostics) {
        this(options, diagnostics, new SourceCache());
    }

    /** Creates a preprocessor sharing {@code cache} with other runs (e.g. over a whole header tree). */
    public Preprocessor(PreprocessorOptions options, Diagnostics diagnostics, SourceCache cache) {
        this.options = options;
        this.diagnostics = diagnostics;
        this.cache = cache;
    }

    /** {@return the preprocessed header} */
    public PreprocessedUnit run(Path header) {
        String mainName = header.toString();
        MacroTable macros = new MacroTable();
        IncludeStack stack = new IncludeStack(diagnostics);
        IncludeResolver resolver = new IncludeResolver(options.includeDirs(), cache);
        LineExpander lines = new LineExpander(macros, diagnostics);
        IncludeDirective includes = new IncludeDirective(resolver, stack, macros, lines, diagnostics);
        IfCondition conditions = new IfCondition(options.target(), macros, lines, diagnostics,
                (name, angled, next) -> includes.exists(stack.top(), name, angled, next));
        stack.setDirectives(new DirectiveProcessor(macros, lines, diagnostics, conditions, includes));

        List<Token> out = new ArrayList<>();
        stack.push(predefined(options.target()), -1);
        drain(lines.over(stack), out);
        stack.push(SourceCache.fromText(COMMAND_LINE, commandLineText()), -1);
        drain(lines.over(stack), out);
        if (!out.isEmpty()) {
            diagnostics.error(out.getFirst().position(), "invalid-define", "-D options produced tokens");
            out.clear();
        }
        SourceFile main = loadMain(header, mainName);
        if (main != null) {
            stack.push(main, -1);
            drain(lines.over(stack), out);
        }
        Position end = out.isEmpty() ? new Position(mainName, 1, 1) : out.getLast().position();
        out.add(new Token(TokenKind.EOF, "", end, null, false, true, List.of()));
        return new PreprocessedUnit(mainName, out, stack.filesRead(), resolver.misses(), macros.snapshot());
    }

    private static SourceFile predefined(Target target) {
        SourceFile file = PREDEFINED.get(target);
        if (file == null) {
            file = SourceCache.fromText(Position.BUILTIN.file(), predefinedText(target));
            SourceFile raced = PREDEFINED.putIfAbsent(target, file);
            file = raced != null ? raced : file;
        }
        return file;
    }

    private static void drain(MacroExpander expander, List<Token> out) {
        for (Token t = expander.next(); t.kind() != TokenKind.EOF; t = expander.next()) {
            out.add(t);
        }
    }

    private SourceFile loadMain(Path header, String name) {
        String problem = Files.isDirectory(header) ? "is a directory"
                : !Files.exists(header) ? "no such file"
                : !Files.isRegularFile(header) ? "not a regular file"
                : !Files.isReadable(header) ? "permission denied"
                : null;
        if (problem == null) {
            try {
                return cache.load(header, name);
            } catch (IOException e) {
                problem = String.valueOf(e.getMessage());
            }
        }
        diagnostics.error(new Position(name, 1, 1), "cannot-read-header", "cannot read header: %s", problem);
        return null;
    }

    private static String predefinedText(Target target) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : PredefinedMacros.of(target).entrySet()) {
            sb.append("#define ").append(e.getKey()).append(' ').append(e.getValue()).append('\n');
        }
        return sb.toString();
    }

    private String commandLineText() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : options.defines().entrySet()) {
            sb.append("#define ").append(e.getKey()).append(' ')
                    .append(e.getValue() == null ? "1" : e.getValue()).append('\n');
        }
        for (String u : options.undefines()) {
            sb.append("#undef ").append(u).append('\n');
        }
        return sb.toString();
    }
}
