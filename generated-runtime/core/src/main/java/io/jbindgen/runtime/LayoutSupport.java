package io.jbindgen.runtime;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.SequenceLayout;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;

/** Layout helpers for the {@code LAYOUT} constants and member accessors of generated classes. */
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

    /**
     * Returns a var handle for one member of a record, with coordinates {@code (MemorySegment segment,
     * long recordOffset)}. The handle checks that the whole record, not only the member, lies inside
     * the segment; since every member handle of a record makes the same check, the JIT performs it once
     * for a run of accesses to one record. Access is unaligned (packed members and heap segments
     * work) and in the byte order of {@code member}.
     *
     * @param member the layout of the member's value
     * @param offset the byte offset of the member in the record
     * @param recordSize the size of the record in bytes
     * @return the var handle
     * @throws IllegalArgumentException if the member does not lie inside the record
     */
    public static VarHandle memberHandle(ValueLayout member, long offset, long recordSize) {
        long tail = recordSize - offset - member.byteSize();
        if (offset < 0 || tail < 0) {
            throw new IllegalArgumentException("a member of " + member.byteSize() + " bytes at offset " + offset
                    + " does not fit a record of " + recordSize + " bytes");
        }
        List<MemoryLayout> parts = new ArrayList<>(3);
        if (offset > 0) {
            parts.add(MemoryLayout.paddingLayout(offset));
        }
        int index = parts.size();
        parts.add(member.withByteAlignment(1));
        if (tail > 0) {
            parts.add(MemoryLayout.paddingLayout(tail));
        }
        StructLayout record = MemoryLayout.structLayout(parts.toArray(MemoryLayout[]::new));
        return record.varHandle(MemoryLayout.PathElement.groupElement(index));
    }

    private static MemoryLayout[] relaxMembers(GroupLayout group, long maxAlign) {
        return group.memberLayouts().stream()
                .map(m -> withMaxAlignment(m, maxAlign))
                .toArray(MemoryLayout[]::new);
    }
}
