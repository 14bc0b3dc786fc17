package io.jbindgen.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * What a function declarator's parameter list says beyond the types: the names, whether it was a
 * K&R identifier list (not a prototype), and the first parameter whose type jbindgen cannot model.
 */
final class ParameterList {
    private final List<String> names = new ArrayList<>();
    private boolean identifierList;
    private String unsupported;

    void add(String name, String whyUnsupported) {
        names.add(name);
        if (unsupported == null && whyUnsupported != null) {
            unsupported = whyUnsupported;
        }
    }

    void identifierList() {
        identifierList = true;
    }

    /** {@return the parameter names, {@code ""} for unnamed ones} */
    List<String> names() {
        return List.copyOf(names);
    }

    /** {@return whether the list was {@code f(a, b)}: names without types} */
    boolean isIdentifierList() {
        return identifierList;
    }

    /** {@return why a parameter's type cannot be modelled, or {@code null}} */
    String unsupported() {
        return unsupported;
    }
}
