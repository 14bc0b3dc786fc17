package io.jbindgen.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A global variable the header declares {@code extern}.
 *
 * @param name the C name
 * @param type its type
 * @param symbol the linker symbol: an {@code __asm__("label")} rename, else {@code name}
 * @param comment the documenting comment, or {@code null}
 * @param position where the name is declared
 */
public record VariableDecl(String name, CType type, String symbol, Comment comment, Position position)
        implements Declaration {

    public VariableDecl {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(position, "position");
    }

    @Override
    public Optional<Comment> doc() {
        return Optional.ofNullable(comment);
    }
}
