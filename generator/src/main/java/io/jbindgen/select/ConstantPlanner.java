package io.jbindgen.select;

import io.jbindgen.model.Declaration;
import io.jbindgen.model.EnumConstant;
import io.jbindgen.model.EnumDecl;
import io.jbindgen.model.MacroDecl;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.naming.JavaNames;
import io.jbindgen.naming.NameAllocator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Selects and names the fields of a header's constants class: the selected macros and enumerators,
 * each C name once, in source order; an ioctl request macro also gets an {@code IoctlRequest} field
 * named {@code <NAME>_REQUEST}, with {@code _} appended while that clashes with a C name or a field.
 */
final class ConstantPlanner {
    private final List<PlannedConstant> constants = new ArrayList<>();
    private final List<PlannedDeclaration> decisions = new ArrayList<>();

    ConstantPlanner(TranslationUnit unit, SelectionPolicy.Compiled rules) {
        List<Candidate> candidates = new ArrayList<>();
        Set<String> cNames = new HashSet<>();
        for (Declaration d : unit.declarations()) {
            if (d instanceof EnumDecl e) {
                for (EnumConstant c : e.constants()) {
                    candidates.add(new Candidate(e, c, c.name(), verdict(unit, rules, c.name(), d)));
                }
            } else if (d instanceof MacroDecl m) {
                candidates.add(new Candidate(m, null, m.name(), verdict(unit, rules, m.name(), d)));
            }
        }
        candidates.stream().filter(c -> c.verdict().kept()).forEach(c -> cNames.add(c.name()));
        NameAllocator names = new NameAllocator(Set.of());
        Set<String> done = new HashSet<>();
        for (Candidate c : candidates) {
            if (!c.verdict().kept()) {
                decide(c, false, c.verdict().code(), c.verdict().reason(), null);
            } else if (!done.add(c.name())) {
                decide(c, false, "duplicate", "a constant of this name comes earlier", null);
            } else {
                String javaName = names.allocate(JavaNames.constant(c.name()));
                String request = null;
                if (c.source() instanceof MacroDecl.Integer m && m.ioctl() != null) {
                    request = javaName + "_REQUEST";
                    while (cNames.contains(request) || names.isTaken(request)) {
                        request += "_";
                    }
                    names.allocate(request);
                }
                constants.add(new PlannedConstant(c.source(), c.enumerator(), javaName, request));
                decide(c, true, c.verdict().code(), c.verdict().reason(), javaName);
            }
        }
    }

    private record Candidate(Declaration source, EnumConstant enumerator, String name, SelectionPolicy.Verdict verdict) {
    }

    private static SelectionPolicy.Verdict verdict(TranslationUnit unit, SelectionPolicy.Compiled rules, String name,
            Declaration d) {
        return rules.decide(DeclarationKind.CONSTANT, name, List.of(), d.position().file(), unit.inMainFile(d));
    }

    private void decide(Candidate c, boolean kept, String code, String reason, String javaName) {
        decisions.add(new PlannedDeclaration(DeclarationKind.CONSTANT, c.name(), c.name(),
                c.enumerator() != null ? c.enumerator().position() : c.source().position(), kept, code, reason, javaName));
    }

    List<PlannedConstant> constants() {
        return constants;
    }

    List<PlannedDeclaration> decisions() {
        return decisions;
    }
}
