package io.jbindgen.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A function the header declares (a prototype; definitions are not bound).
 *
 * @param name the C name
 * @param type the prototype: return type, parameter types (arrays and functions already adjusted to
 *     pointers) and whether it is variadic
 * @param parameterNames the parameter names as written, one per parameter ({@code ""} when unnamed)
 * @param symbol the linker symbol: an {@code __asm__("label")} rename (glibc's {@code __REDIRECT}),
 *     else {@code name}
 * @param attributes the GNU attributes that matter to a caller, by name without underscores
 *     ({@code deprecated}, {@code noreturn}, {@code warn_unused_result}, {@code nonnull}, ...), in order
 * @param comment the documenting comment, or {@code null}
 * @param position where the name is declared
 */
public record FunctionDecl(String name, CType.Function type, List<String> parameterNames, String symbol,
        List<String> attributes, Comment comment, Position position) implements Declaration {

    public FunctionDecl {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(position, "position");
        parameterNames = List.copyOf(parameterNames);
        attributes = List.copyOf(attributes);
        if (parameterNames.size() != type.parameters().size()) {
            throw new IllegalArgumentException(parameterNames.size() + " names for "
                    + type.parameters().size() + " parameters of " + name);
        }
    }

    /** {@return whether the declaration carries {@code __attribute__((deprecated))}} */
    public boolean deprecated() {
        return attributes.contains("deprecated");
    }

    @Override
    public Optional<Comment> doc() {
        return Optional.ofNullable(comment);
    }
}
