package io.jbindgen.javadiff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What was removed or changed between two generated APIs: the changes a Java caller of the old API
 * trips over. Additions are left out (they break no caller).
 */
public final class ApiDiff {
    private ApiDiff() {
    }

    /** {@return the changes from {@code old} to {@code now}, in the old API's order} */
    public static List<JavaApiChange> compare(GeneratedApi old, GeneratedApi now) {
        List<JavaApiChange> out = new ArrayList<>();
        for (ApiType type : old.types().values()) {
            ApiType current = now.type(type.name());
            if (current == null) {
                out.add(new JavaApiChange(JavaApiChange.Kind.TYPE_REMOVED, type.name(), null, null, null));
                continue;
            }
            for (ApiMember m : type.members()) {
                ApiMember n = current.member(m.key());
                if (n == null) {
                    out.add(change(JavaApiChange.Kind.MEMBER_REMOVED, type, m, null));
                } else if (!m.type().equals(n.type())) {
                    out.add(change(JavaApiChange.Kind.TYPE_CHANGED, type, m, n));
                } else if (m.isStatic() != n.isStatic()) {
                    out.add(change(JavaApiChange.Kind.STATIC_CHANGED, type, m, n));
                } else if (!Objects.equals(m.value(), n.value())) {
                    out.add(change(JavaApiChange.Kind.CONSTANT_VALUE_CHANGED, type, m, n));
                }
            }
        }
        return List.copyOf(out);
    }

    private static JavaApiChange change(JavaApiChange.Kind kind, ApiType type, ApiMember old, ApiMember now) {
        return new JavaApiChange(kind, type.name(), old.key(), old.signature(), now == null ? null : now.signature());
    }
}
