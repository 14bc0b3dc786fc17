package io.jbindgen.javadiff;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds, in one compilation unit of the user's code, every use of a generated type or member that
 * {@link Reasons} says changed. Names are resolved, not matched: a type through {@link TypeScope}, a
 * variable through {@link VariableTypes} (its declared type, or the type of its {@code var}
 * initializer), a call through the type of its receiver (a generated type named in a static context,
 * or an expression of generated type: variables, calls, field reads, {@code new}, casts), a name
 * without receiver through the unit's static imports. Overloads with the same number of parameters
 * in the same (static or instance) context are not told apart.
 */
final class UseFinder {
    private final GeneratedApi api;
    private final Reasons reasons;
    private final String file;
    private final TypeScope scope;
    private final List<JavaUse> out = new ArrayList<>();

    /** What an expression denotes: a generated type named statically, or a value of a generated type. */
    private record Denoted(String type, boolean statically) {
    }

    private UseFinder(GeneratedApi api, Reasons reasons, String file, CompilationUnit unit) {
        this.api = api;
        this.reasons = reasons;
        this.file = file;
        this.scope = new TypeScope(api, unit);
    }

    /** {@return the uses of changed generated types and members in {@code unit}, in source order} */
    static List<JavaUse> find(GeneratedApi api, Reasons reasons, String file, CompilationUnit unit) {
        UseFinder finder = new UseFinder(api, reasons, file, unit);
        unit.walk(finder::visit);
        finder.out.sort(java.util.Comparator.comparingInt(JavaUse::line).thenComparingInt(JavaUse::column));
        return finder.out;
    }

    private void visit(Node node) {
        if (node instanceof MethodCallExpr call) {
            call(call);
        } else if (node instanceof FieldAccessExpr access) {
            Denoted owner = denote(access.getScope());
            if (owner != null) {
                member(owner, access.getNameAsString(), -1, access.getName());
            }
        } else if (node instanceof NameExpr name && !(name.getParentNode().orElse(null) instanceof FieldAccessExpr)
                && !(name.getParentNode().orElse(null) instanceof MethodCallExpr parent
                        && parent.getScope().orElse(null) == name)) {
            if (VariableTypes.find(name, name.getNameAsString()).isEmpty()) {
                for (String owner : scope.staticImportsOf(name.getNameAsString())) {
                    member(new Denoted(owner, true), name.getNameAsString(), -1, name);
                }
            }
        } else if (node instanceof MethodReferenceExpr ref) {
            Denoted owner = denote(ref.getScope());
            if (owner == null && ref.getScope().isTypeExpr()) {
                String t = scope.type(ref.getScope().asTypeExpr().getType().asString());
                owner = t == null ? null : new Denoted(t, true);
            }
            if (owner != null) {
                member(owner, ref.getIdentifier(), -2, ref);
            }
        } else if (node instanceof ObjectCreationExpr created) {
            String t = scope.type(created.getType().getNameWithScope());
            if (t != null) {
                member(new Denoted(t, false), "<init>", created.getArguments().size(), created.getType());
            }
        } else if (node instanceof ClassOrInterfaceType type) {
            String t = scope.type(type.getNameWithScope());
            if (t != null) {
                report(type, api.type(t), null, shortName(t));
            }
        }
    }

    private void call(MethodCallExpr call) {
        String name = call.getNameAsString();
        int arity = call.getArguments().size();
        Optional<Expression> receiver = call.getScope();
        if (receiver.isPresent()) {
            Denoted owner = denote(receiver.get());
            if (owner != null) {
                member(owner, name, arity, call.getName());
            }
        } else if (!declaredByEnclosingClass(call, name)) {
            for (String owner : scope.staticImportsOf(name)) {
                member(new Denoted(owner, true), name, arity, call.getName());
            }
        }
    }

    /** A method of the enclosing class shadows a statically imported one of the same name. */
    private static boolean declaredByEnclosingClass(Node use, String name) {
        for (Node n = use; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type) {
                for (MethodDeclaration m : type.getMethods()) {
                    if (m.getNameAsString().equals(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Reports the members named {@code name} that {@code owner} has (arity -1: a field, -2: any method). */
    private void member(Denoted owner, String name, int arity, Node at) {
        ApiType type = api.type(owner.type());
        for (ApiMember m : type.members()) {
            boolean fits = arity == -1 ? !m.callable() : arity == -2 ? m.callable()
                    : m.callable() && m.parameterTypes().size() == arity;
            boolean context = arity == -2 || m.kind() == ApiMember.Kind.CONSTRUCTOR
                    || owner.statically() == m.isStatic();
            if (m.name().equals(name) && fits && context) {
                report(at, type, m, shortName(type.name()) + "." + (m.kind() == ApiMember.Kind.CONSTRUCTOR
                        ? "new(" + String.join(", ", m.parameterTypes()) + ")"
                        : m.callable() ? m.name() + "(" + String.join(", ", m.parameterTypes()) + ")" : m.name()));
            }
        }
    }

    private void report(Node at, ApiType type, ApiMember member, String used) {
        List<String> why = reasons.of(type, member);
        if (!why.isEmpty() && at.getBegin().isPresent()) {
            var begin = at.getBegin().get();
            out.add(new JavaUse(file, begin.line, begin.column, used, why));
        }
    }

    /** {@return what {@code e} denotes, when it is a generated type or a value of one; else {@code null}} */
    private Denoted denote(Expression e) {
        if (e instanceof NameExpr n) {
            var variable = VariableTypes.find(n, n.getNameAsString());
            if (variable.isPresent()) {
                return value(variable.get());
            }
            for (String owner : scope.staticImportsOf(n.getNameAsString())) {
                Denoted d = fieldType(owner, n.getNameAsString(), true);
                if (d != null) {
                    return d;
                }
            }
            String t = scope.type(n.getNameAsString());
            return t == null ? null : new Denoted(t, true);
        }
        if (e instanceof FieldAccessExpr f) {
            Denoted owner = denote(f.getScope());
            if (owner != null) {
                Denoted field = fieldType(owner.type(), f.getNameAsString(), owner.statically());
                if (field != null || !owner.statically()) {
                    return field;
                }
            }
            String t = scope.type(f.toString());
            return t == null ? null : new Denoted(t, true);
        }
        if (e instanceof MethodCallExpr call) {
            Denoted owner = call.getScope().map(this::denote).orElse(null);
            if (owner == null) {
                List<String> imported = scope.staticImportsOf(call.getNameAsString());
                owner = imported.isEmpty() ? null : new Denoted(imported.get(0), true);
            }
            return owner == null ? null : returned(owner, call.getNameAsString(), call.getArguments().size());
        }
        if (e instanceof ObjectCreationExpr created) {
            String t = scope.type(created.getType().getNameWithScope());
            return t == null ? null : new Denoted(t, false);
        }
        if (e instanceof CastExpr cast) {
            String t = scope.type(cast.getType().asString());
            return t == null ? null : new Denoted(t, false);
        }
        if (e instanceof EnclosedExpr enclosed) {
            return denote(enclosed.getInner());
        }
        return null;
    }

    private Denoted value(VariableTypes.Declared declared) {
        if (declared.type().equals("var")) {
            Denoted init = declared.initializer() == null ? null : denote(declared.initializer());
            return init == null || init.statically() ? null : init;
        }
        String t = scope.type(declared.type());
        return t == null ? null : new Denoted(t, false);
    }

    private Denoted fieldType(String owner, String name, boolean statically) {
        for (ApiMember m : api.type(owner).members()) {
            if (!m.callable() && m.name().equals(name) && (!statically || m.isStatic())) {
                String t = scope.memberType(owner, m.type());
                return t == null ? null : new Denoted(t, false);
            }
        }
        return null;
    }

    private Denoted returned(Denoted owner, String name, int arity) {
        for (ApiMember m : api.type(owner.type()).members()) {
            if (m.kind() == ApiMember.Kind.METHOD && m.name().equals(name) && m.parameterTypes().size() == arity
                    && owner.statically() == m.isStatic()) {
                String t = scope.memberType(owner.type(), m.type());
                return t == null ? null : new Denoted(t, false);
            }
        }
        return null;
    }

    private String shortName(String type) {
        ApiType t = api.type(type);
        String pkgless = type;
        int cut = type.length() - t.simpleName().length();
        while (cut > 1 && api.type(type.substring(0, cut - 1)) != null) {
            cut = type.lastIndexOf('.', cut - 2) + 1;
        }
        return pkgless.substring(cut);
    }
}
