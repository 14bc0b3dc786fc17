package io.jbindgen.parse;

import io.jbindgen.lex.Token;
import io.jbindgen.model.CType;
import io.jbindgen.model.Declaration;
import io.jbindgen.model.FieldDecl;
import io.jbindgen.model.RecordDecl;
import io.jbindgen.model.RecordKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The constraints gcc enforces on a struct or union body, reported as errors the way gcc does: a tag
 * defined twice, a member name used twice (anonymous members' names included), a flexible array
 * member that is not last, in a union, or alone.
 */
final class RecordConstraints {
    private RecordConstraints() {
    }

    /**
     * Checks a body just read, before its tag is marked defined.
     *
     * @param context the parse context (scope, declarations so far, diagnostics)
     * @param kind struct or union
     * @param taggedKey the record's key when it has a tag, else {@code null}
     * @param keyword the {@code struct}/{@code union} keyword
     * @param fields the members
     */
    static void check(ParseContext context, RecordKind kind, String taggedKey, Token keyword, List<FieldDecl> fields) {
        if (taggedKey != null && context.scope().isComplete(taggedKey)) {
            context.diagnostics().error(keyword.reportPosition(), "redefinition", "redefinition of '" + taggedKey + "'");
        }
        duplicates(context, fields, new HashSet<>(), 0);
        flexible(context, kind, fields);
    }

    private static void duplicates(ParseContext context, List<FieldDecl> fields, Set<String> names, int depth) {
        for (FieldDecl f : fields) {
            if (f.name() != null) {
                if (!names.add(f.name())) {
                    context.diagnostics().error(f.position(), "duplicate-member", "duplicate member '" + f.name() + "'");
                }
            } else if (!f.isBitfield() && f.type() instanceof CType.Record r && depth < ParseContext.MAX_DEPTH) {
                RecordDecl inner = declared(context, r.key());
                if (inner != null) {
                    duplicates(context, inner.fields(), names, depth + 1);
                }
            }
        }
    }

    /** {@return the latest complete declaration of the record with this key, or {@code null}} */
    private static RecordDecl declared(ParseContext context, String key) {
        List<Declaration> all = context.declarations();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i) instanceof RecordDecl d && d.key().equals(key) && d.complete()) {
                return d;
            }
        }
        return null;
    }

    private static void flexible(ParseContext context, RecordKind kind, List<FieldDecl> fields) {
        for (int i = 0; i < fields.size(); i++) {
            FieldDecl f = fields.get(i);
            if (f.isBitfield() || !(f.type().canonical() instanceof CType.Array a) || !a.isFlexible()) {
                continue;
            }
            String problem = kind == RecordKind.UNION ? "flexible array member in union"
                    : i != fields.size() - 1 ? "flexible array member not at end of struct"
                    : !hasNamedMember(fields.subList(0, i)) ? "flexible array member in a struct with no named members"
                    : null;
            if (problem != null) {
                context.diagnostics().error(f.position(), "flexible-array-member", problem);
            }
        }
    }

    private static boolean hasNamedMember(List<FieldDecl> fields) {
        for (FieldDecl f : fields) {
            if (f.name() != null || !f.isBitfield()) {
                return true;
            }
        }
        return false;
    }
}
