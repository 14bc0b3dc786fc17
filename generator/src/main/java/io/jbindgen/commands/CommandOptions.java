package io.jbindgen.commands;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which C enums are request sets, and the argument names of requests whose comment does not follow the
 * {@code + a, b} convention (or says something else than the device reads).
 *
 * @param requestEnums the tags of the enums that get a command class ({@code lguest_req})
 * @param arguments per enumerator name, the Java names of its argument words, in order (an empty list:
 *     no argument); replaces what its comment documents
 */
public record CommandOptions(List<String> requestEnums, Map<String, List<String>> arguments) {
    /** No request set. */
    public static final CommandOptions NONE = new CommandOptions(List.of(), Map.of());

    public CommandOptions {
        requestEnums = List.copyOf(requestEnums);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        arguments.forEach((constant, names) -> copy.put(Objects.requireNonNull(constant, "constant"),
                List.copyOf(names)));
        arguments = Collections.unmodifiableMap(copy);
    }

    /** {@return whether no enum is a request set} */
    public boolean isEmpty() {
        return requestEnums.isEmpty();
    }
}
