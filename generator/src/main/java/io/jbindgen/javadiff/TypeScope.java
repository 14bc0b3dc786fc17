package io.jbindgen.javadiff;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the names of one compilation unit of the user's code resolve to generated types and statically
 * imported generated members, by the Java rules jbindgen follows: a type declared in the unit shadows,
 * then single-type imports, the unit's own package, and on-demand imports; a qualified name is taken
 * as written. Static imports (single and on-demand) bring in generated members.
 */
final class TypeScope {
    private final GeneratedApi api;
    private final String pkg;
    private final Set<String> ownTypes = new HashSet<>();
    private final Map<String, String> singleImports = new HashMap<>();
    private final List<String> onDemand = new ArrayList<>();
    private final Map<String, List<String>> staticSingle = new HashMap<>();
    private final List<String> staticOnDemand = new ArrayList<>();

    TypeScope(GeneratedApi api, CompilationUnit unit) {
        this.api = api;
        this.pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        for (TypeDeclaration<?> t : unit.findAll(TypeDeclaration.class)) {
            ownTypes.add(t.getNameAsString());
        }
        for (ImportDeclaration i : unit.getImports()) {
            String name = i.getNameAsString();
            if (i.isStatic() && i.isAsterisk()) {
                staticOnDemand.add(name);
            } else if (i.isStatic()) {
                int dot = name.lastIndexOf('.');
                staticSingle.computeIfAbsent(name.substring(dot + 1), k -> new ArrayList<>()).add(name.substring(0, dot));
            } else if (i.isAsterisk()) {
                onDemand.add(name);
            } else {
                singleImports.put(name.substring(name.lastIndexOf('.') + 1), name);
            }
        }
    }

    /** {@return the generated type a name written in the unit denotes, or {@code null}} */
    String type(String written) {
        int dot = written.indexOf('.');
        if (dot > 0) {
            if (api.type(written) != null) {
                return written;
            }
            String outer = type(written.substring(0, dot));
            return outer != null && api.type(outer + written.substring(dot)) != null ? outer + written.substring(dot)
                    : null;
        }
        if (ownTypes.contains(written)) {
            return null;
        }
        String imported = singleImports.get(written);
        if (imported != null) {
            return api.type(imported) != null ? imported : null;
        }
        String same = pkg.isEmpty() ? written : pkg + "." + written;
        if (api.type(same) != null) {
            return same;
        }
        for (String p : onDemand) {
            if (api.type(p + "." + written) != null) {
                return p + "." + written;
            }
        }
        return null;
    }

    /** {@return the generated types whose static member {@code name} the unit imports statically} */
    List<String> staticImportsOf(String name) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String owner : staticSingle.getOrDefault(name, List.of())) {
            if (api.type(owner) != null) {
                out.add(owner);
            }
        }
        for (String owner : staticOnDemand) {
            ApiType t = api.type(owner);
            if (t != null && t.members().stream().anyMatch(m -> m.isStatic() && m.name().equals(name))) {
                out.add(owner);
            }
        }
        return List.copyOf(out);
    }

    /**
     * {@return the generated type a member type written in generated type {@code owner} denotes
     * (nested in it, in its package, or fully qualified), or {@code null}}
     */
    String memberType(String owner, String written) {
        String prefix = owner;
        while (true) {
            if (api.type(prefix + "." + written) != null) {
                return prefix + "." + written;
            }
            int dot = prefix.lastIndexOf('.');
            if (dot < 0) {
                return api.type(written) != null ? written : null;
            }
            prefix = prefix.substring(0, dot);
        }
    }
}
