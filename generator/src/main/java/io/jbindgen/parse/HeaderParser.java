package io.jbindgen.parse;

import io.jbindgen.target.Target;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.lex.Token;
import io.jbindgen.model.Declaration;
import io.jbindgen.model.SkippedDecl;
import io.jbindgen.model.TranslationUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the declarations of one translation unit from its preprocessed tokens.
 *
 * <p>Use one instance per translation unit: {@link #parse} the tokens, then read
 * {@link #declarations()} and {@link #skipped()}; {@link #environment()} lets later stages (macro
 * values) evaluate casts and {@code sizeof} with the typedefs and enums the header declared.
 */
public final class HeaderParser {
    private final ParseContext context;

    /** Creates a parser for {@code target} that reports to {@code diagnostics}. */
    public HeaderParser(Target target, Diagnostics diagnostics) {
        this.context = new ParseContext(target, new TargetConstantEvaluator(target), diagnostics);
    }

    /** Parses a token list (the last token may be EOF); can be called once per translation unit. */
    public void parse(List<Token> tokens) {
        new DeclarationParser(new CParser(context, new TokenCursor(tokens, 0))).parseAll();
    }

    /**
     * {@return the translation unit: the parsed declarations with the macros placed among them
     * by position (after the last declaration of the same file that starts before them)}
     */
    public TranslationUnit toUnit(String mainFile, MacroValues.Result macros, List<String> filesRead,
            List<String> includeMisses) {
        List<SkippedDecl> skipped = new ArrayList<>(context.skipped());
        skipped.addAll(macros.skipped());
        return new TranslationUnit(mainFile, DeclarationOrder.interleave(context.declarations(), macros.values()),
                skipped, filesRead, includeMisses);
    }

    /** {@return the declarations found, in the order they were completed} */
    public List<Declaration> declarations() {
        return List.copyOf(context.declarations());
    }

    /** {@return the skipped declarations (prototypes, functions, variables)} */
    public List<SkippedDecl> skipped() {
        return List.copyOf(context.skipped());
    }

    /**
     * {@return what the header declared, for the stages after parsing (macro values): type names, enumeration
     * constants and sizes, with questions that report to a sink of the caller's}
     */
    public TypeEnvironment environment() {
        return new TypeEnvironment(context);
    }
}
