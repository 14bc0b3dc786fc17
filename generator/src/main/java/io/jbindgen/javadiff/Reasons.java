package io.jbindgen.javadiff;

import io.jbindgen.abidiff.AbiChange;
import io.jbindgen.abidiff.ChangeKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a use of a generated type or member matters: the generated API's own changes and the C changes
 * behind the member, as phrases that follow "uses X, ".
 */
final class Reasons {
    private final Map<String, List<JavaApiChange>> apiChanges = new HashMap<>();
    private final CLinks links;

    Reasons(List<JavaApiChange> api, List<AbiChange> c) {
        for (JavaApiChange change : api) {
            apiChanges.computeIfAbsent(key(change.type(), change.member()), k -> new ArrayList<>()).add(change);
        }
        this.links = new CLinks(c);
    }

    /** {@return why a use of {@code member} of {@code type} (or of the type, when {@code member} is null) matters} */
    List<String> of(ApiType type, ApiMember member) {
        List<String> out = new ArrayList<>();
        for (JavaApiChange j : apiChanges.getOrDefault(key(type.name(), member == null ? null : member.key()),
                List.of())) {
            out.add(phrase(j));
        }
        if (member != null && out.isEmpty()) {
            for (JavaApiChange j : apiChanges.getOrDefault(key(type.name(), null), List.of())) {
                out.add(phrase(j));
            }
        }
        for (AbiChange c : member == null ? links.behind(type) : links.behind(type, member)) {
            out.add(phrase(c));
        }
        return out;
    }

    private static String key(String type, String member) {
        return member == null ? type : type + "#" + member;
    }

    static String phrase(JavaApiChange j) {
        return switch (j.kind()) {
            case TYPE_REMOVED -> "whose type is no longer generated";
            case MEMBER_REMOVED -> "which is no longer generated";
            case TYPE_CHANGED -> "whose Java signature changed from " + j.oldSignature() + " to " + j.newSignature();
            case CONSTANT_VALUE_CHANGED -> "whose value changed (" + j.oldSignature() + " -> " + j.newSignature()
                    + "; the compiler inlined the old one)";
            case STATIC_CHANGED -> "which changed from " + j.oldSignature() + " to " + j.newSignature();
        };
    }

    /** {@return the C change as a phrase: {@code whose offset moved from 5 to 8 in struct lguest_device_desc}} */
    static String phrase(AbiChange c) {
        String d = c.declaration();
        String m = c.member();
        String o = c.oldValue();
        String n = c.newValue();
        return switch (c.kind()) {
            case RECORD_ADDED -> "whose record " + d + " is new";
            case RECORD_REMOVED -> "whose C record " + d + " was removed";
            case RECORD_SIZE_CHANGED -> "whose size changed from " + o + " to " + n + " bytes in " + d;
            case RECORD_ALIGNMENT_CHANGED -> "whose alignment changed from " + o + " to " + n + " bytes in " + d;
            case MEMBER_ADDED -> "next to member " + m + ", added in " + d;
            case MEMBER_REMOVED -> "whose C member " + m + " was removed from " + d;
            case MEMBER_RENAMED -> "whose C member was renamed from " + o + " to " + n + " in " + d;
            case MEMBER_MOVED -> "whose offset moved from " + o + " to " + n + " in " + d;
            case MEMBER_RETYPED -> "whose C type changed from " + o + " to " + n + " in " + d;
            case MEMBER_RESIZED -> "whose size changed from " + o + " to " + n + " bytes in " + d;
            case BITFIELD_MOVED -> "whose bit offset moved from " + o + " to " + n + " in " + d;
            case BITFIELD_RESIZED -> "whose width changed from " + o + " to " + n + " in " + d;
            case ENUM_CONSTANT_ADDED -> "next to enumerator " + m + ", added to " + d;
            case ENUM_CONSTANT_REMOVED -> "whose enumerator " + m + " was removed from " + d;
            case ENUM_CONSTANT_VALUE_CHANGED -> "whose value changed from " + o + " to " + n + " in " + d;
            case MACRO_ADDED -> "next to macro " + d + ", added";
            case MACRO_REMOVED -> "whose macro " + d + " was removed";
            case MACRO_VALUE_CHANGED -> "whose value changed from " + o + " to " + n + " (macro " + d + ")";
            case IOCTL_REQUEST_CHANGED -> "whose request number changed from " + o + " to " + n + " (" + d + ")";
            case REQUEST_ARGUMENT_ADDED -> "whose request " + m + " takes a new argument " + n + " (" + d + ")";
            case REQUEST_ARGUMENT_REMOVED -> "whose request " + m + " no longer takes argument " + o + " (" + d + ")";
        };
    }

    /** The member name a C change is about in the baseline (a rename is about its old name). */
    static String oldMember(AbiChange c) {
        return c.kind() == ChangeKind.MEMBER_RENAMED ? c.oldValue() : c.member();
    }
}
