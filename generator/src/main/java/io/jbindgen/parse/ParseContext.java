package io.jbindgen.parse;

import io.jbindgen.target.Target;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.eval.IntValue;
import io.jbindgen.eval.TypeContext;
import io.jbindgen.lex.Token;
import io.jbindgen.model.Declaration;
import io.jbindgen.model.Position;
import io.jbindgen.model.SkippedDecl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What all parsers of one translation unit share: the target, the scope, the evaluator, the
 * declarations found so far and a nesting-depth guard.
 */
final class ParseContext {
    /** Deepest nesting of records, declarators and parentheses the parser accepts. */
    static final int MAX_DEPTH = 256;

    private final Target target;
    private final Diagnostics diagnostics;
    private final Scope scope;
    private final ConstantEvaluator evaluator;
    private final List<Declaration> declarations;
    private final List<SkippedDecl> skipped;
    private final PragmaPack pack;
    private final TypeSizes sizes;
    private int depth;
    private int prototypeDepth;

    ParseContext(Target target, ConstantEvaluator evaluator, Diagnostics diagnostics) {
        this.target = target;
        this.evaluator = evaluator;
        this.diagnostics = diagnostics;
        this.scope = new Scope();
        this.declarations = new ArrayList<>();
        this.skipped = new ArrayList<>();
        this.pack = new PragmaPack();
        this.sizes = new LayoutSizes(target, declarations);
    }

    private ParseContext(ParseContext shared, Diagnostics diagnostics) {
        this.target = shared.target;
        this.evaluator = shared.evaluator;
        this.diagnostics = diagnostics;
        this.scope = shared.scope;
        this.declarations = shared.declarations;
        this.skipped = shared.skipped;
        this.pack = shared.pack;
        this.sizes = shared.sizes;
        this.depth = shared.depth;
        this.prototypeDepth = shared.prototypeDepth;
    }

    /**
     * {@return this translation unit's context reporting to {@code elsewhere}: for trying an evaluation
     * whose problems are not the header's (a macro body, a static assertion gcc may not evaluate either)}
     */
    ParseContext reportingTo(Diagnostics elsewhere) {
        return new ParseContext(this, elsewhere);
    }

    Target target() {
        return target;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    PragmaPack pack() {
        return pack;
    }

    Scope scope() {
        return scope;
    }

    TypeSizes sizes() {
        return sizes;
    }

    List<Declaration> declarations() {
        return declarations;
    }

    List<SkippedDecl> skipped() {
        return skipped;
    }

    /**
     * Adds a declaration to the model, except a struct, union or enum defined in a parameter list:
     * its scope ends with the prototype (gcc: "will not be visible outside of this definition or declaration").
     */
    void declare(Declaration d) {
        if (inPrototype() && (d instanceof io.jbindgen.model.RecordDecl || d instanceof io.jbindgen.model.EnumDecl)) {
            return;
        }
        declarations.add(d);
    }

    /** {@return whether a function's parameter list is being read: a tag defined there is not the file scope's} */
    boolean inPrototype() {
        return prototypeDepth > 0;
    }

    /** Enters ({@code +1}) or leaves ({@code -1}) a function's parameter list. */
    void prototypeScope(int change) {
        prototypeDepth += change;
    }

    void skip(String name, SkippedDecl.Kind kind, String reason, Position at) {
        skipped.add(new SkippedDecl(name, kind, reason, at));
    }

    /**
     * Evaluates an integer constant expression with the enumeration constants known so far.
     *
     * @return the value, or {@code null} when it is not a constant (reported)
     */
    IntValue evaluate(List<Token> tokens, Position where, TypeContext types) {
        return evaluator.evaluate(tokens, where, scope::enumConstant, types, diagnostics);
    }

    /** Evaluates like {@link #evaluate(List, Position, TypeContext)}, with {@code bound} names taking precedence. */
    IntValue evaluate(List<Token> tokens, Position where, TypeContext types, Map<String, IntValue> bound) {
        return evaluator.evaluate(tokens, where, new BoundNames(bound, scope), types, diagnostics);
    }

    /** Names {@code bound} gives values to, else the enumeration constants in scope. */
    private record BoundNames(Map<String, IntValue> bound, Scope scope) implements Function<String, IntValue> {
        @Override
        public IntValue apply(String name) {
            IntValue c = bound.get(name);
            return c != null ? c : scope.enumConstant(name);
        }
    }

    /** Enters one nesting level; throws when the input nests deeper than {@link #MAX_DEPTH}. */
    void enter(Token at) {
        if (++depth > MAX_DEPTH) {
            depth--;
            throw new SyntaxError(at.reportPosition(), "nesting-too-deep",
                    "declarations nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    void leave() {
        depth--;
    }
}
