package io.jbindgen.runtime;

import java.util.function.LongFunction;

/** Text for the {@code toString()} of generated classes. */
public final class DebugText {
    /** How many elements of an array {@link #elements} shows. */
    public static final int MAX_ELEMENTS = 32;

    private DebugText() {
    }

    /**
     * Returns {@code [e0, e1, ...]} for the first {@value #MAX_ELEMENTS} elements of an array, and how
     * many there are in all when there are more.
     *
     * @param count the number of elements
     * @param element the element at an index
     * @return the text
     */
    public static String elements(long count, LongFunction<?> element) {
        StringBuilder b = new StringBuilder("[");
        long shown = Math.min(count, MAX_ELEMENTS);
        for (long i = 0; i < shown; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(element.apply(i));
        }
        if (count > shown) {
            b.append(", ... (").append(count).append(" in all)");
        }
        return b.append(']').toString();
    }
}
