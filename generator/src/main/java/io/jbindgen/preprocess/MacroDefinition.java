package io.jbindgen.preprocess;

import io.jbindgen.lex.Token;
import io.jbindgen.model.Comment;
import io.jbindgen.model.Position;
import java.util.List;
import java.util.Objects;

/**
 * One {@code #define}.
 *
 * @param name the macro's name
 * @param params the parameter names of a function-like macro ({@code __VA_ARGS__} last for
 *     {@code ...}, or the named variadic parameter), {@code null} for an object-like macro
 * @param variadic whether the last parameter takes the variable arguments
 * @param body the replacement list
 * @param position where the name was spelled in the {@code #define}
 * @param doc the comment block just before the {@code #define} line, else the comment trailing it, else {@code null}
 */
public record MacroDefinition(String name, List<String> params, boolean variadic, List<Token> body,
        Position position, Comment doc) {

    public MacroDefinition {
        Objects.requireNonNull(name, "name");
        params = params == null ? null : List.copyOf(params);
        body = List.copyOf(body);
        Objects.requireNonNull(position, "position");
    }

    /** {@return whether this macro takes arguments} */
    public boolean isFunctionLike() {
        return params != null;
    }

    /** {@return the index of parameter {@code name}, or -1} */
    int paramIndex(String id) {
        if (params == null) {
            return -1;
        }
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** {@return whether {@code other} is the same definition as C11 6.10.3p2 understands it} */
    boolean sameAs(MacroDefinition other) {
        if (!Objects.equals(params, other.params) || variadic != other.variadic || body.size() != other.body.size()) {
            return false;
        }
        for (int i = 0; i < body.size(); i++) {
            Token a = body.get(i);
            Token b = other.body.get(i);
            if (!a.text().equals(b.text()) || (i > 0 && a.leadingSpace() != b.leadingSpace())) {
                return false;
            }
        }
        return true;
    }
}
