package io.jbindgen.javadiff;

import io.jbindgen.abidiff.AbiChange;
import io.jbindgen.abidiff.ChangeKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The C changes behind a generated type or member, found through the C entity its Javadoc names
 * ({@link ApiMember#cLink()}): in a record class, a member's C member (and the record's size and
 * alignment for members that name none); elsewhere, the enumerator, request or macro it names.
 */
final class CLinks {
    private static final Set<ChangeKind> RECORD_LEVEL = EnumSet.of(ChangeKind.RECORD_SIZE_CHANGED,
            ChangeKind.RECORD_ALIGNMENT_CHANGED, ChangeKind.RECORD_REMOVED);
    private static final Set<ChangeKind> MEMBER_LEVEL = EnumSet.of(ChangeKind.MEMBER_REMOVED,
            ChangeKind.MEMBER_RENAMED, ChangeKind.MEMBER_MOVED, ChangeKind.MEMBER_RETYPED, ChangeKind.MEMBER_RESIZED,
            ChangeKind.BITFIELD_MOVED, ChangeKind.BITFIELD_RESIZED);
    private static final Set<ChangeKind> ENUMERATOR = EnumSet.of(ChangeKind.ENUM_CONSTANT_REMOVED,
            ChangeKind.ENUM_CONSTANT_VALUE_CHANGED, ChangeKind.REQUEST_ARGUMENT_ADDED,
            ChangeKind.REQUEST_ARGUMENT_REMOVED);
    private static final Set<ChangeKind> MACRO = EnumSet.of(ChangeKind.MACRO_REMOVED, ChangeKind.MACRO_VALUE_CHANGED,
            ChangeKind.IOCTL_REQUEST_CHANGED);

    private final List<AbiChange> changes;

    CLinks(List<AbiChange> changes) {
        this.changes = List.copyOf(changes);
    }

    /** {@return the C changes behind a use of {@code type} itself (its removal)} */
    List<AbiChange> behind(ApiType type) {
        List<AbiChange> out = new ArrayList<>();
        for (AbiChange c : changes) {
            if (c.kind() == ChangeKind.RECORD_REMOVED && c.declaration().equals(type.cLink())) {
                out.add(c);
            }
        }
        return out;
    }

    /** {@return the C changes behind a use of {@code member} of {@code type}} */
    List<AbiChange> behind(ApiType type, ApiMember member) {
        List<AbiChange> out = new ArrayList<>();
        String link = member.cLink();
        boolean record = isRecord(type);
        for (AbiChange c : changes) {
            boolean hit;
            if (record) {
                hit = c.declaration().equals(type.cLink()) && (link == null || c.kind() == ChangeKind.RECORD_REMOVED
                        ? RECORD_LEVEL.contains(c.kind())
                        : MEMBER_LEVEL.contains(c.kind()) && Reasons.oldMember(c) != null
                                && (Reasons.oldMember(c).equals(link) || Reasons.oldMember(c).startsWith(link + ".")));
            } else {
                hit = link != null && (ENUMERATOR.contains(c.kind()) && link.equals(c.member())
                        || MACRO.contains(c.kind()) && link.equals(c.declaration()));
            }
            if (hit) {
                out.add(c);
            }
        }
        return out;
    }

    private boolean isRecord(ApiType type) {
        String link = type.cLink();
        if (link == null) {
            return false;
        }
        if (link.startsWith("struct ") || link.startsWith("union ")) {
            return true;
        }
        for (AbiChange c : changes) {
            if (c.declaration().equals(link) && (RECORD_LEVEL.contains(c.kind()) || MEMBER_LEVEL.contains(c.kind()))) {
                return true;
            }
        }
        return false;
    }
}
