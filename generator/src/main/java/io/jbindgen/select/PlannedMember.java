package io.jbindgen.select;

import java.util.Objects;

/**
 * One member of a generated record class that gets accessors, as the selection-and-naming pass names it.
 * Members of anonymous struct and union members are flattened onto the enclosing class; unnamed
 * bit-fields get none.
 *
 * @param cName the C member name
 * @param javaName the accessor name ({@code num_vq} → {@code numVq}); the class's other members are
 *     named from it ({@code numVqSegment}, {@code numVqEnum}, {@code setNumVq} ...)
 * @param constantPrefix the prefix of its constants ({@code NUM_VQ} → {@code NUM_VQ_OFFSET},
 *     {@code NUM_VQ_LENGTH}, {@code NUM_VQ_HANDLE})
 * @param inAnonymous whether the member comes from an anonymous struct or union member
 */
public record PlannedMember(String cName, String javaName, String constantPrefix, boolean inAnonymous) {
    public PlannedMember {
        Objects.requireNonNull(cName, "cName");
        Objects.requireNonNull(javaName, "javaName");
        Objects.requireNonNull(constantPrefix, "constantPrefix");
    }
}
