package io.jbindgen.select;

import io.jbindgen.model.Declaration;
import io.jbindgen.model.FunctionDecl;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.model.VariableDecl;
import io.jbindgen.naming.JavaNames;
import io.jbindgen.naming.NameAllocator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Selects and names the methods of a header's functions class: every function and variable of the
 * translation unit the rules keep (by default all of them, from included headers too, since a header's
 * prototypes often live in the headers it includes), minus the functions the emitter cannot pass
 * arguments to. Names come in declaration order from one {@link NameAllocator}.
 */
final class FunctionPlanner {
    /** Restricted identifiers that are fine as method names ({@code open}, {@code record}, ...): not escaped. */
    private static final Set<String> METHOD_NAMES_ALLOWED = Set.of("open", "module", "requires", "exports", "opens",
            "to", "uses", "provides", "with", "transitive", "when", "permits", "sealed", "record", "var");

    private final TranslationUnit unit;
    private final SelectionPolicy.Compiled rules;
    private final CallShapes shapes;
    private final NameAllocator members = new NameAllocator(Set.of(SelectionPlan.LIBRARY_FIELD,
            SelectionPlan.LAST_ERRNO_METHOD));
    private final Map<String, String> names = new LinkedHashMap<>();
    private final List<PlannedDeclaration> decisions = new ArrayList<>();

    private FunctionPlanner(TranslationUnit unit, SelectionPolicy policy, CallShapes shapes) {
        this.unit = unit;
        this.rules = SelectionPolicy.compile(policy);
        this.shapes = shapes;
    }

    /** {@return {@code types} with the functions and variables of {@code unit} decided on and named} */
    static SelectionPlan plan(SelectionPlan types, TranslationUnit unit, SelectionPolicy policy, CallShapes shapes) {
        FunctionPlanner planner = new FunctionPlanner(unit, policy, shapes);
        for (Declaration d : unit.declarations()) {
            if (d instanceof FunctionDecl f) {
                planner.function(f);
            } else if (d instanceof VariableDecl v) {
                planner.variable(v);
            }
        }
        return types.withFunctions(planner.decisions, planner.names);
    }

    private void function(FunctionDecl f) {
        SelectionPolicy.Verdict v = verdict(f.name(), f);
        if (!v.kept()) {
            decide(f.name(), f, v.code(), v.reason());
            return;
        }
        Optional<List<String>> parameters = shapes.parameterTypes(f);
        if (parameters.isEmpty()) {
            decide(f.name(), f, "no-call-layout", "a parameter or the result has no FFM layout here (a record "
                    + "whose layout failed or that gets no class)");
            return;
        }
        String wanted = methodName(f.name());
        name(f.name(), f, v, members.allocate(hidesObjectMethod(wanted, parameters.get()) ? wanted + "_" : wanted));
    }

    private void variable(VariableDecl variable) {
        SelectionPolicy.Verdict v = verdict(variable.name(), variable);
        if (v.kept()) {
            name(variable.name(), variable, v, members.allocate(methodName(variable.name())));
        } else {
            decide(variable.name(), variable, v.code(), v.reason());
        }
    }

    private SelectionPolicy.Verdict verdict(String name, Declaration d) {
        return rules.decideSymbol(name, d.position().file(), unit.inMainFile(d));
    }

    private void name(String name, Declaration d, SelectionPolicy.Verdict v, String javaName) {
        names.put(name, javaName);
        decisions.add(new PlannedDeclaration(DeclarationKind.FUNCTION, name, name, d.position(), true, v.code(),
                v.reason(), javaName));
    }

    private void decide(String name, Declaration d, String code, String reason) {
        decisions.add(new PlannedDeclaration(DeclarationKind.FUNCTION, name, name, d.position(), false, code, reason,
                null));
    }

    private static String methodName(String cName) {
        return METHOD_NAMES_ALLOWED.contains(cName) ? cName : JavaNames.escape(cName);
    }

    /**
     * {@return whether a static method {@code name} with these parameters would clash with a method of
     * {@code Object} ({@code toString()}, {@code wait(long)}, ...): javac rejects such a method}
     */
    private static boolean hidesObjectMethod(String name, List<String> types) {
        return switch (name) {
            case "getClass", "hashCode", "toString", "notify", "notifyAll", "clone", "finalize" -> types.isEmpty();
            case "wait" -> types.isEmpty() || types.equals(List.of("long")) || types.equals(List.of("long", "int"));
            case "equals" -> types.equals(List.of("java.lang.Object"));
            default -> false;
        };
    }
}
