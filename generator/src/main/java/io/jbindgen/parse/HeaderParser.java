package io.jbindgen.parse;

import io.jbindgen.abi.Target;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.eval.IntValue;
import io.jbindgen.eval.IntegerTypes;
import io.jbindgen.eval.TypeContext;
import io.jbindgen.lex.Token;
import io.jbindgen.model.CType;
import io.jbindgen.model.Declaration;
import io.jbindgen.model.MacroDecl;
import io.jbindgen.model.Position;
import io.jbindgen.model.SkippedDecl;
import io.jbindgen.model.TranslationUnit;
import java.util.List;
import java.util.Map;

/**
 * Parses the declarations of one translation unit from its preprocessed tokens.
 *
 * <p>Use one instance per translation unit: {@link #parse} the tokens, then read
 * {@link #declarations()} and {@link #skipped()}; {@link #typeContext()} lets later stages (macro
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
    public TranslationUnit toUnit(String mainFile, List<MacroDecl> macros, List<String> filesRead,
            List<String> includeMisses) {
        return new TranslationUnit(mainFile, DeclarationOrder.interleave(context.declarations(), macros),
                context.skipped(), filesRead, includeMisses);
    }

    /** {@return the declarations found, in the order they were completed} */
    public List<Declaration> declarations() {
        return List.copyOf(context.declarations());
    }

    /** {@return the skipped declarations (prototypes, functions, variables) and any added by {@link #skip}} */
    public List<SkippedDecl> skipped() {
        return List.copyOf(context.skipped());
    }

    /** Records something skipped by a later stage (e.g. a macro without a value). */
    public void skip(SkippedDecl s) {
        context.skipped().add(s);
    }

    /** {@return type names, typedefs and sizes as the header declared them, for constant evaluation} */
    public TypeContext typeContext() {
        return new ParserTypeContext(context);
    }

    /** {@return the value of {@code tokens} as a C constant expression, or null; problems go to {@code scratch}} */
    IntValue evaluate(List<Token> tokens, Position where, Diagnostics scratch) {
        return evaluate(tokens, where, scratch, Map.of());
    }

    /** {@return the value of {@code tokens}, where the names {@code bound} has stand for their values, or null} */
    IntValue evaluate(List<Token> tokens, Position where, Diagnostics scratch, Map<String, IntValue> bound) {
        ParseContext trial = context.reportingTo(scratch);
        return trial.evaluate(tokens, where, new ParserTypeContext(trial), bound);
    }

    /** {@return what {@code sizeof} gives for an object of {@code size} bytes: a {@code size_t}} */
    IntValue sizeConstant(long size) {
        return new IntValue(size, new IntegerTypes(context.target()).sizeType());
    }

    /** {@return the type when all of {@code tokens} spell a type name, else null; problems go to {@code scratch}} */
    CType typeName(List<Token> tokens, Diagnostics scratch) {
        TypeContext.TypeName t = new ParserTypeContext(context.reportingTo(scratch)).typeName(tokens, 0);
        return t != null && t.end() == tokens.size() ? t.type() : null;
    }

    /** {@return sizeof(type) on the target, or -1 when unknown} */
    long sizeOf(CType type) {
        return context.sizes().sizeOf(type);
    }
}
