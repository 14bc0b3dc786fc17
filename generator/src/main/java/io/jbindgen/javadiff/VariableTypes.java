package io.jbindgen.javadiff;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.expr.Expression;
import java.util.List;
import java.util.Optional;

/**
 * Finds the declaration a simple name refers to when it names a variable: the nearest enclosing
 * local (declared before the use in an enclosing block), parameter, resource, loop or catch variable,
 * or field of an enclosing class. Lexical only: pattern variables and inherited fields are not seen.
 */
final class VariableTypes {
    private VariableTypes() {
    }

    /** A variable's declared type, or its initializer when declared {@code var}. */
    record Declared(String type, Expression initializer) {
    }

    /** {@return the declaration of variable {@code name} visible at {@code use}, or empty} */
    static Optional<Declared> find(Node use, String name) {
        Node child = use;
        for (Node scope = use.getParentNode().orElse(null); scope != null;
                child = scope, scope = scope.getParentNode().orElse(null)) {
            Optional<Declared> found = declaredIn(scope, child, name);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Declared> declaredIn(Node scope, Node child, String name) {
        if (scope instanceof BlockStmt block) {
            for (Statement s : block.getStatements()) {
                if (s == child) {
                    break;
                }
                if (s instanceof ExpressionStmt e && e.getExpression() instanceof VariableDeclarationExpr v) {
                    Optional<Declared> d = variables(v.getVariables(), name);
                    if (d.isPresent()) {
                        return d;
                    }
                }
            }
        } else if (scope instanceof CallableDeclaration<?> c) {
            return parameters(c.getParameters(), name);
        } else if (scope instanceof LambdaExpr l) {
            return parameters(l.getParameters(), name);
        } else if (scope instanceof CatchClause c) {
            return parameters(List.of(c.getParameter()), name);
        } else if (scope instanceof ForEachStmt f) {
            return variables(f.getVariable().getVariables(), name);
        } else if (scope instanceof ForStmt f) {
            for (Expression e : f.getInitialization()) {
                if (e instanceof VariableDeclarationExpr v) {
                    return variables(v.getVariables(), name);
                }
            }
        } else if (scope instanceof TryStmt t) {
            for (Expression e : t.getResources()) {
                if (e instanceof VariableDeclarationExpr v && variables(v.getVariables(), name).isPresent()) {
                    return variables(v.getVariables(), name);
                }
            }
        } else if (scope instanceof TypeDeclaration<?> type) {
            for (FieldDeclaration f : type.getFields()) {
                Optional<Declared> d = variables(f.getVariables(), name);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Declared> variables(List<VariableDeclarator> variables, String name) {
        for (VariableDeclarator v : variables) {
            if (v.getNameAsString().equals(name)) {
                return Optional.of(new Declared(v.getTypeAsString(), v.getInitializer().orElse(null)));
            }
        }
        return Optional.empty();
    }

    private static Optional<Declared> parameters(List<Parameter> parameters, String name) {
        for (Parameter p : parameters) {
            if (p.getNameAsString().equals(name)) {
                return Optional.of(new Declared(p.getType().isUnknownType() ? "var" : p.getTypeAsString(), null));
            }
        }
        return Optional.empty();
    }
}
