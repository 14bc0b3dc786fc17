package io.jbindgen.parse;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.eval.IntValue;
import io.jbindgen.eval.IntegerTypes;
import io.jbindgen.eval.TypeContext;
import io.jbindgen.lex.Token;
import io.jbindgen.model.CType;
import io.jbindgen.model.Position;
import java.util.List;
import java.util.Map;

/**
 * What a parsed header declared (its typedefs, tags, enumeration constants and the target's sizes of its
 * types), handed by {@link HeaderParser#environment()} to the stages after parsing: macro values and ioctl
 * decoding evaluate expressions, read type names and size types with it. Every question takes the sink its
 * problems go to and returns its answer; nothing a question does is reported to the header's diagnostics.
 */
public final class TypeEnvironment {
    private final ParseContext context;

    TypeEnvironment(ParseContext context) {
        this.context = context;
    }

    /** {@return the value of {@code tokens} as a C constant expression, or null; problems go to {@code sink}} */
    IntValue evaluate(List<Token> tokens, Position where, Diagnostics sink) {
        return evaluate(tokens, where, sink, Map.of());
    }

    /** {@return the value of {@code tokens}, where the names {@code bound} has stand for their values, or null} */
    IntValue evaluate(List<Token> tokens, Position where, Diagnostics sink, Map<String, IntValue> bound) {
        ParseContext trial = context.reportingTo(sink);
        return trial.evaluate(tokens, where, new ParserTypeContext(trial), bound);
    }

    /** {@return the type when all of {@code tokens} spell a type name, else null; problems go to {@code sink}} */
    CType typeName(List<Token> tokens, Diagnostics sink) {
        TypeContext.TypeName t = new ParserTypeContext(context.reportingTo(sink)).typeName(tokens, 0);
        return t != null && t.end() == tokens.size() ? t.type() : null;
    }

    /** {@return sizeof(type) on the target, or -1 when unknown} */
    long sizeOf(CType type) {
        return context.sizes().sizeOf(type);
    }

    /** {@return what {@code sizeof} gives for an object of {@code size} bytes: a {@code size_t}} */
    IntValue sizeConstant(long size) {
        return new IntValue(size, new IntegerTypes(context.target()).sizeType());
    }
}
