package io.jbindgen.oracle;

import io.jbindgen.abidiff.AbiChange;
import java.util.Optional;

/** Turns a reported ABI change into a C {@code _Static_assert} about the old or the new header. */
final class StaticClaims {
    private StaticClaims() {
    }

    /**
     * @param change the change
     * @param old whether to claim the old value (else the new one)
     * @return the assertion, or empty when the change has no number for that side
     */
    static Optional<String> of(AbiChange change, boolean old) {
        String value = old ? change.oldValue() : change.newValue();
        if (value == null) {
            return Optional.empty();
        }
        String number = value.split(" ")[0];
        String rec = change.declaration();
        String member = change.member();
        String expr = switch (change.kind()) {
            case RECORD_SIZE_CHANGED -> "sizeof(" + rec + ")";
            case RECORD_ALIGNMENT_CHANGED -> "_Alignof(" + rec + ")";
            case MEMBER_MOVED, MEMBER_ADDED, MEMBER_REMOVED -> "offsetof(" + rec + ", " + member + ")";
            case MEMBER_RESIZED -> "sizeof(((" + rec + " *) 0)->" + member + ")";
            case ENUM_CONSTANT_VALUE_CHANGED, ENUM_CONSTANT_ADDED, ENUM_CONSTANT_REMOVED -> member;
            case IOCTL_REQUEST_CHANGED, MACRO_VALUE_CHANGED, MACRO_ADDED, MACRO_REMOVED -> rec;
            default -> null;
        };
        if (expr == null) {
            return Optional.empty();
        }
        String claim = change.kind() == io.jbindgen.abidiff.ChangeKind.IOCTL_REQUEST_CHANGED
                ? expr + " == " + number + "u && sizeof(" + payloadOf(value) + ") > 0" : expr + " == " + number;
        if (change.kind() == io.jbindgen.abidiff.ChangeKind.IOCTL_REQUEST_CHANGED) {
            claim = expr + " == " + number + "u && _IOC_SIZE(" + expr + ") == " + payloadOf(value);
        }
        return Optional.of("_Static_assert(" + claim + ", \"" + change + (old ? " (old)" : " (new)") + "\");");
    }

    private static String payloadOf(String value) {
        return value.replaceAll(".*\\(payload (\\d+) bytes\\)", "$1");
    }
}
