package io.jbindgen.abidiff;

import io.jbindgen.commands.RequestArguments;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes of enumerators, matched by name across all enums (enumerators share one name space in C),
 * and of the request arguments their comments document.
 */
final class EnumDiff {
    private EnumDiff() {
    }

    private record Owned(String owner, LayoutDescription.Constant constant) {
    }

    static void compare(List<LayoutDescription.Enum> baseline, List<LayoutDescription.Enum> current,
            List<AbiChange> out) {
        Map<String, Owned> old = constants(baseline);
        Map<String, Owned> now = constants(current);
        old.forEach((name, o) -> {
            Owned n = now.get(name);
            if (n == null) {
                out.add(new AbiChange(ChangeKind.ENUM_CONSTANT_REMOVED, Compatibility.INCOMPATIBLE, o.owner(), name,
                        o.constant().value().toString(), null));
                return;
            }
            if (!o.constant().value().equals(n.constant().value())) {
                out.add(new AbiChange(ChangeKind.ENUM_CONSTANT_VALUE_CHANGED, Compatibility.INCOMPATIBLE, n.owner(),
                        name, o.constant().value().toString(), n.constant().value().toString()));
            }
            arguments(n.owner(), name, o.constant().comment(), n.constant().comment(), out);
        });
        now.forEach((name, n) -> {
            if (!old.containsKey(name)) {
                out.add(new AbiChange(ChangeKind.ENUM_CONSTANT_ADDED, Compatibility.COMPATIBLE, n.owner(), name, null,
                        n.constant().value().toString()));
            }
        });
    }

    private static void arguments(String owner, String name, String oldComment, String newComment,
            List<AbiChange> out) {
        List<String> before = RequestArguments.of(oldComment);
        List<String> after = RequestArguments.of(newComment);
        for (String a : before) {
            if (!after.contains(a)) {
                out.add(new AbiChange(ChangeKind.REQUEST_ARGUMENT_REMOVED, Compatibility.INCOMPATIBLE, owner, name, a,
                        null));
            }
        }
        for (String a : after) {
            if (!before.contains(a)) {
                out.add(new AbiChange(ChangeKind.REQUEST_ARGUMENT_ADDED, Compatibility.INCOMPATIBLE, owner, name, null,
                        a));
            }
        }
    }

    private static Map<String, Owned> constants(List<LayoutDescription.Enum> enums) {
        Map<String, Owned> out = new LinkedHashMap<>();
        for (LayoutDescription.Enum e : enums) {
            for (LayoutDescription.Constant k : e.constants()) {
                out.putIfAbsent(k.name(), new Owned(e.displayName(), k));
            }
        }
        return out;
    }
}
