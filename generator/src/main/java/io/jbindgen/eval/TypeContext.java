package io.jbindgen.eval;

import io.jbindgen.lex.Token;
import io.jbindgen.model.CType;
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

    /** {@return {@code _Alignof(type)} on the target} */
    long alignOf(CType type);

    /**
     * A type name read from tokens.
     *
     * @param type the type
     * @param end the index of the first token after it
     */
    record TypeName(CType type, int end) {
    }
}
