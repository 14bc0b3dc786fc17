package io.jbindgen.javadiff;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public API of a set of generated sources: every public type (nested ones too) with its public
 * members, the C entity each names, and the problems met reading them.
 *
 * @param types the types by fully qualified name, in source order
 * @param problems sources that did not parse, as {@code file:line:col: message}
 */
public record GeneratedApi(Map<String, ApiType> types, List<String> problems) {

    public GeneratedApi {
        types = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(types));
        problems = List.copyOf(problems);
    }

    /** {@return the API of {@code sources}} */
    public static GeneratedApi read(List<JavaSource> sources) {
        JavaParser parser = JavaParsing.parser();
        Map<String, ApiType> types = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (JavaSource source : sources) {
            JavaParsing.parse(parser, source, problems).ifPresent(unit -> types(unit, types));
        }
        return new GeneratedApi(types, problems);
    }

    /** {@return the type named {@code name}, or {@code null}} */
    public ApiType type(String name) {
        return types.get(name);
    }

    private static void types(CompilationUnit unit, Map<String, ApiType> out) {
        String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
        for (TypeDeclaration<?> type : unit.getTypes()) {
            type(pkg, type, out);
        }
    }

    private static void type(String prefix, TypeDeclaration<?> type, Map<String, ApiType> out) {
        if (!type.isPublic()) {
            return;
        }
        String name = prefix + type.getNameAsString();
        List<ApiMember> members = new ArrayList<>();
        if (type instanceof EnumDeclaration e) {
            for (EnumConstantDeclaration k : e.getEntries()) {
                members.add(new ApiMember(ApiMember.Kind.ENUM_CONSTANT, k.getNameAsString(), true, List.of(),
                        type.getNameAsString(), null, JavaParsing.cLink(k)));
            }
        }
        for (BodyDeclaration<?> body : type.getMembers()) {
            if (body instanceof TypeDeclaration<?> nested) {
                type(name + ".", nested, out);
            } else if (body instanceof FieldDeclaration f && f.isPublic()) {
                for (VariableDeclarator v : f.getVariables()) {
                    String value = constant(f, v) ? v.getInitializer().map(Expression::toString).orElse(null) : null;
                    members.add(new ApiMember(ApiMember.Kind.FIELD, v.getNameAsString(), f.isStatic(), List.of(),
                            v.getTypeAsString(), value, JavaParsing.cLink(f)));
                }
            } else if (body instanceof MethodDeclaration m && m.isPublic()) {
                members.add(new ApiMember(ApiMember.Kind.METHOD, m.getNameAsString(), m.isStatic(), parameters(m),
                        m.getTypeAsString(), null, JavaParsing.cLink(m)));
            } else if (body instanceof ConstructorDeclaration c && c.isPublic()) {
                members.add(new ApiMember(ApiMember.Kind.CONSTRUCTOR, "<init>", false, parameters(c),
                        type.getNameAsString(), null, JavaParsing.cLink(c)));
            }
        }
        out.put(name, new ApiType(name, type.getNameAsString(), JavaParsing.cLink(type), members));
    }

    /** A compile-time constant: callers inline its value, so a new value reaches them only when recompiled. */
    private static boolean constant(FieldDeclaration f, VariableDeclarator v) {
        return f.isStatic() && f.isFinal() && (v.getType().isPrimitiveType() || v.getTypeAsString().equals("String"))
                && v.getInitializer().map(GeneratedApi::literal).orElse(false);
    }

    private static boolean literal(Expression e) {
        return e.isLiteralExpr() || e.isUnaryExpr() && e.asUnaryExpr().getExpression().isLiteralExpr();
    }

    private static List<String> parameters(CallableDeclaration<?> callable) {
        List<String> out = new ArrayList<>();
        for (Parameter p : callable.getParameters()) {
            out.add(p.getTypeAsString() + (p.isVarArgs() ? "..." : ""));
        }
        return out;
    }
}
