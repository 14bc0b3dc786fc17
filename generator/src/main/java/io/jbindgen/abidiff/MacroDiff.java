package io.jbindgen.abidiff;

import java.util.List;
import java.util.Map;

/** The changes of integer macros; a request macro's change names the payload sizes it encodes. */
final class MacroDiff {
    private MacroDiff() {
    }

    static void compare(List<LayoutDescription.Macro> baseline, List<LayoutDescription.Macro> current,
            List<AbiChange> out) {
        Map<String, LayoutDescription.Macro> now = AbiDiff.byName(current, LayoutDescription.Macro::name);
        Map<String, LayoutDescription.Macro> old = AbiDiff.byName(baseline, LayoutDescription.Macro::name);
        old.forEach((name, o) -> {
            LayoutDescription.Macro n = now.get(name);
            if (n == null) {
                out.add(new AbiChange(ChangeKind.MACRO_REMOVED, Compatibility.INCOMPATIBLE, name, null, text(o), null));
            } else if (!o.value().equals(n.value())) {
                boolean request = o.ioctlSize() != null || n.ioctlSize() != null;
                out.add(new AbiChange(request ? ChangeKind.IOCTL_REQUEST_CHANGED : ChangeKind.MACRO_VALUE_CHANGED,
                        Compatibility.INCOMPATIBLE, name, null, text(o), text(n)));
            }
        });
        now.forEach((name, n) -> {
            if (!old.containsKey(name)) {
                out.add(new AbiChange(ChangeKind.MACRO_ADDED, Compatibility.COMPATIBLE, name, null, null, text(n)));
            }
        });
    }

    private static String text(LayoutDescription.Macro m) {
        if (m.ioctlSize() == null) {
            return m.value().toString();
        }
        return "0x" + m.value().toString(16) + " (payload " + m.ioctlSize() + " bytes)";
    }
}
