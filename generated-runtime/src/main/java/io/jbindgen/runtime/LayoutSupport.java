package io.jbindgen.runtime;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.SequenceLayout;
import java.lang.foreign.StructLayout;

/** Layout helpers for generated {@code LAYOUT} constants. */
public final class LayoutSupport {
    private LayoutSupport() {
    }

    /**
     * Returns {@code layout} with every alignment constraint, its own and its members', lowered to at
     * most {@code maxAlign}: how a record or array looks as a member of a packed record.
     *
     * @param layout the layout
     * @param maxAlign the largest alignment allowed, a power of two
     * @return the relaxed layout, with the same name and size
     */
    public static MemoryLayout withMaxAlignment(MemoryLayout layout, long maxAlign) {
        MemoryLayout relaxed = switch (layout) {
            case StructLayout s -> MemoryLayout.structLayout(relaxMembers(s, maxAlign));
            case GroupLayout u -> MemoryLayout.unionLayout(relaxMembers(u, maxAlign));
            case SequenceLayout q -> MemoryLayout.sequenceLayout(q.elementCount(),
                    withMaxAlignment(q.elementLayout(), maxAlign));
            default -> layout.withByteAlignment(Math.min(layout.byteAlignment(), maxAlign));
        };
        relaxed = relaxed.withByteAlignment(Math.min(layout.byteAlignment(), maxAlign));
        return layout.name().map(relaxed::withName).orElse(relaxed);
    }

    private static MemoryLayout[] relaxMembers(GroupLayout group, long maxAlign) {
        return group.memberLayouts().stream()
                .map(m -> withMaxAlignment(m, maxAlign))
                .toArray(MemoryLayout[]::new);
    }
}
