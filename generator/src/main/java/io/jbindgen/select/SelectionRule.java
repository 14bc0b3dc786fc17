package io.jbindgen.select;

import io.jbindgen.naming.FunctionOptions;
import io.jbindgen.naming.SymbolPatterns;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One include or exclude rule of a {@link SelectionPolicy}.
 *
 * @param include {@code true} for an include rule, {@code false} for an exclude rule
 * @param kind the kind of declaration it applies to
 * @param pattern a C name ({@code kvm_regs}: a struct's tag, a macro's name), a glob ({@code KVM_*}), or
 *     either prefixed with a header file name and a colon ({@code kvm.h:KVM_*})
 */
public record SelectionRule(boolean include, DeclarationKind kind, String pattern) {
    public SelectionRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pattern, "pattern");
    }

    /** {@return an include rule} */
    public static SelectionRule include(DeclarationKind kind, String pattern) {
        return new SelectionRule(true, kind, pattern);
    }

    /** {@return an exclude rule} */
    public static SelectionRule exclude(DeclarationKind kind, String pattern) {
        return new SelectionRule(false, kind, pattern);
    }

    /** {@return the include and exclude rules of {@code functions}, as rules of kind {@link DeclarationKind#FUNCTION}} */
    public static List<SelectionRule> functions(FunctionOptions functions) {
        List<SelectionRule> rules = new ArrayList<>();
        functions.include().forEach(p -> rules.add(include(DeclarationKind.FUNCTION, p)));
        functions.exclude().forEach(p -> rules.add(exclude(DeclarationKind.FUNCTION, p)));
        return List.copyOf(rules);
    }

    /** {@return why {@link #pattern} cannot be used, or {@code null} when it can} */
    public String problem() {
        return SymbolPatterns.problem(pattern);
    }

    /** {@return the rule as the command line spells it, e.g. {@code --include-struct kvm_*}} */
    public String spelling() {
        return "--" + (include ? "include-" : "exclude-") + kind.optionName() + " " + pattern;
    }
}
