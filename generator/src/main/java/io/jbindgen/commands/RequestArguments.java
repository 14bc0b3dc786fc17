package io.jbindgen.commands;

import java.util.ArrayList;
import java.util.List;

/**
 * The arguments a request enumerator's comment documents with the kernel's {@code + a, b} convention
 * ({@code LHREQ_INITIALIZE, / * + base, pfnlimit, start * /}): the words after the plus, split at commas,
 * without a parenthesised remark or a final full stop. A comment without the plus ("No longer used")
 * documents no arguments.
 */
public final class RequestArguments {
    private RequestArguments() {
    }

    /**
     * {@return the argument phrases {@code comment} documents, in order; empty without the plus}
     *
     * @param comment an enumerator's comment text, or {@code null}
     */
    public static List<String> of(String comment) {
        if (comment == null) {
            return List.of();
        }
        String text = comment.strip();
        if (!text.startsWith("+")) {
            return List.of();
        }
        text = text.substring(1);
        int paren = text.indexOf('(');
        if (paren >= 0) {
            text = text.substring(0, paren);
        }
        List<String> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String arg = part.strip().replaceAll("\\s+", " ");
            while (arg.endsWith(".")) {
                arg = arg.substring(0, arg.length() - 1).strip();
            }
            if (!arg.isEmpty()) {
                out.add(arg);
            }
        }
        return List.copyOf(out);
    }
}
