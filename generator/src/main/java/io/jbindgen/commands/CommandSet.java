package io.jbindgen.commands;

import io.jbindgen.model.Comment;
import io.jbindgen.model.Position;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The typed commands planned for one request enum.
 *
 * @param enumKey the enum's key ({@code enum lguest_req})
 * @param wordBytes the size of the target's {@code unsigned long}, the unit of every word
 * @param targetName the target ABI the words are for
 * @param commands one per enumerator, in declaration order
 * @param comment the enum's comment, or {@code null}
 * @param position where the enum is
 */
public record CommandSet(String enumKey, int wordBytes, String targetName, List<Command> commands, Comment comment,
        Position position) {
    public CommandSet {
        Objects.requireNonNull(enumKey, "enumKey");
        Objects.requireNonNull(targetName, "targetName");
        commands = List.copyOf(commands);
        Objects.requireNonNull(position, "position");
    }

    /** {@return the enum's comment, if any} */
    public Optional<Comment> doc() {
        return Optional.ofNullable(comment);
    }

    /**
     * One request as a method.
     *
     * @param constant the enumerator ({@code LHREQ_IRQ})
     * @param code the request code, the first word
     * @param method the method name ({@code irq})
     * @param parameters the argument words, in the order they are sent
     * @param deprecated whether the enumerator's comment matches the deprecation pattern
     * @param overridden whether the parameters come from the request's override, not the comment
     * @param comment the enumerator's comment, or {@code null}
     * @param position where the enumerator is
     */
    public record Command(String constant, long code, String method, List<Parameter> parameters, boolean deprecated,
            boolean overridden, Comment comment, Position position) {
        public Command {
            Objects.requireNonNull(constant, "constant");
            Objects.requireNonNull(method, "method");
            parameters = List.copyOf(parameters);
            Objects.requireNonNull(position, "position");
        }

        /** {@return the enumerator's comment, if any} */
        public Optional<Comment> doc() {
            return Optional.ofNullable(comment);
        }
    }

    /**
     * One argument word.
     *
     * @param name the Java parameter name
     * @param description what the header says of it (the phrase after the plus), or the name
     */
    public record Parameter(String name, String description) {
        public Parameter {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
        }
    }
}
