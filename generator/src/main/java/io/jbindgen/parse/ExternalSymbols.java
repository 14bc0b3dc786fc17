package io.jbindgen.parse;

import io.jbindgen.target.ScalarInfo;
import io.jbindgen.lex.Token;
import io.jbindgen.model.CType;
import io.jbindgen.model.Comment;
import io.jbindgen.model.FunctionDecl;
import io.jbindgen.model.ScalarKind;
import io.jbindgen.model.SkippedDecl;
import io.jbindgen.model.VariableDecl;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns file-scope function and variable declarations into {@link FunctionDecl}s and
 * {@link VariableDecl}s, or into skipped declarations whose code says why they cannot be bound
 * ({@code inline-function}, {@code va-list}, {@code unsupported-type}, {@code thread-local}, ...).
 * A name declared again (glibc repeats some prototypes) keeps its first declaration.
 */
final class ExternalSymbols {
    /** Typedef names of {@code va_list}: a caller cannot build one with FFM. */
    private static final Set<String> VA_LIST = Set.of("va_list", "__gnuc_va_list", "__builtin_va_list");

    private final ParseContext context;
    private final Set<String> declared = new HashSet<>();

    ExternalSymbols(ParseContext context) {
        this.context = context;
    }

    /** A function definition (a body follows the declarator): nothing to link to unless it is a plain one. */
    void definition(DeclSpec spec, Declarator d) {
        Token name = d.name();
        if (spec.inline() || spec.storage() == DeclSpec.Storage.STATIC) {
            skip(name, SkippedDecl.Kind.INLINE_FUNCTION, "inline-function",
                    (spec.inline() ? "inline" : "static") + " function definition: the library need not export a symbol");
        } else {
            skip(name, SkippedDecl.Kind.FUNCTION, "function-definition", "function definition in a header");
        }
    }

    /** A prototype. */
    void function(DeclSpec spec, Declarator d, CType.Function type, AttrSet attrs, Comment doc) {
        Token name = d.name();
        ParameterList params = d.parameters();
        String why = spec.storage() == DeclSpec.Storage.STATIC ? "static function: not exported" : null;
        String code = "static-function";
        if (why == null && params != null && params.isIdentifierList()) {
            why = "not a prototype (K&R identifier list): the parameter types are unknown";
            code = "not-a-prototype";
        }
        if (why == null && (spec.unsupported() != null || params != null && params.unsupported() != null)) {
            why = spec.unsupported() != null ? spec.unsupported() : params.unsupported();
            code = "unsupported-type";
        }
        if (why == null) {
            code = "unsupported-type";
            why = unsupported(type.returnType(), "return type");
            for (int i = 0; why == null && i < type.parameters().size(); i++) {
                CType p = type.parameters().get(i);
                if (isVaList(p)) {
                    code = "va-list";
                    why = "takes a va_list (parameter " + (i + 1) + "), which FFM cannot build; call the variadic form";
                } else {
                    why = unsupported(p, "parameter " + (i + 1));
                }
            }
        }
        if (why != null) {
            skip(name, SkippedDecl.Kind.FUNCTION, code, why);
            return;
        }
        if (!declared.add(name.text())) {
            return;
        }
        List<String> names = params != null && params.names().size() == type.parameters().size() ? params.names()
                : Collections.nCopies(type.parameters().size(), "");
        String symbol = attrs.asmLabel() != null ? attrs.asmLabel() : name.text();
        context.declare(new FunctionDecl(name.text(), type, names, symbol, attrs.callerAttributes(), doc,
                name.reportPosition()));
    }

    /** A file-scope object declaration. */
    void variable(DeclSpec spec, Token name, CType type, AttrSet attrs, Comment doc) {
        String why = null;
        String code = "variable";
        if (spec.storage() != DeclSpec.Storage.EXTERN) {
            why = "variable definition in a header";
            code = "variable-definition";
        } else if (spec.threadLocal()) {
            why = "thread-local variable: its address differs per thread";
            code = "thread-local";
        } else if (spec.unsupported() != null) {
            why = spec.unsupported();
            code = "unsupported-type";
        } else if (!(type.canonical() instanceof CType.Array)) {
            why = unsupported(type, "type");
            code = "unsupported-type";
        }
        if (why != null) {
            skip(name, SkippedDecl.Kind.VARIABLE, code, why);
            return;
        }
        if (declared.add(name.text())) {
            context.declare(new VariableDecl(name.text(), type,
                    attrs.asmLabel() != null ? attrs.asmLabel() : name.text(), doc, name.reportPosition()));
        }
    }

    private void skip(Token name, SkippedDecl.Kind kind, String code, String reason) {
        context.skipped().add(new SkippedDecl(name.text(), kind, reason, name.reportPosition(), code));
    }

    private static boolean isVaList(CType t) {
        for (CType c = t; c instanceof CType.Typedef td; c = td.target()) {
            if (VA_LIST.contains(td.name())) {
                return true;
            }
        }
        return false;
    }

    /** {@return why a value of {@code type} cannot cross a native call on the target, or {@code null}} */
    private String unsupported(CType type, String what) {
        for (CType t = type; t instanceof CType.Typedef td; t = td.target()) {
            String why = context.scope().unmodelled(td.name());
            if (why != null) {
                return what + ": " + why;
            }
        }
        return switch (type.canonical()) {
            case CType.Scalar s -> scalar(s.kind(), what);
            case CType.Record r -> context.scope().isComplete(r.key()) ? null
                    : what + ": incomplete type '" + r.key() + "' passed by value";
            case CType.Array a -> what + ": array type";
            case CType.Function f -> what + ": function type";
            default -> null;
        };
    }

    private String scalar(ScalarKind kind, String what) {
        ScalarInfo info = context.target().scalar(kind).orElse(null);
        if (info == null || info.size() > 8 || kind == ScalarKind.LONG_DOUBLE) {
            return what + ": '" + kind.spelling() + "' has no FFM value layout";
        }
        return null;
    }
}
