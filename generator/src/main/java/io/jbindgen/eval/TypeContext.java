package io.jbindgen.eval;

import io.jbindgen.lex.Token;
import io.jbindgen.model.CType;
import io.jbindgen.model.ScalarKind;
import java.util.List;

/**
 * What constant evaluation needs from the C parser and the layout engine: recognising type names
 * (for casts, {@code sizeof} and {@code _Alignof}) and sizing types on the target.
 * In {@code #if} there is no such context: every identifier left after expansion is {@code 0}.
 */
public interface TypeContext {

    /**
     * Tries to read a type name ({@code unsigned long}, {@code struct kvm_run *}, {@code __u32[4]}…)
     * starting at {@code tokens.get(start)}.
     *
     * @return the type and the index just past it, or {@code null} when no type name starts there
     */
    TypeName typeName(List<Token> tokens, int start);

    /** {@return {@code sizeof(type)} on the target; reports and returns -1 for an incomplete type} */
    long sizeOf(CType type);

    /**
     * {@return C11 {@code _Alignof(type)}: the alignment guaranteed wherever the type lives, which gcc
     * makes the alignment as a struct member (4 for {@code long long} and {@code double} on i386,
     * where {@code __alignof__} says 8); the layout engine's {@code alignOf} says the same}
     */
    long alignOf(CType type);

    /** {@return GNU {@code __alignof__(type)} on the target: the preferred alignment (the layout engine's {@code preferredAlignOf})} */
    default long preferredAlignOf(CType type) {
        return alignOf(type);
    }

    /**
     * {@return the integer type gcc gives the enum with this key on the target (a cast to the enum converts
     * to it), or {@code null} when the enum's body is not known}
     */
    default ScalarKind enumUnderlying(String key) {
        return null;
    }

    /**
     * A type name read from tokens.
     *
     * @param type the type
     * @param end the index of the first token after it
     */
    record TypeName(CType type, int end) {
    }
}
