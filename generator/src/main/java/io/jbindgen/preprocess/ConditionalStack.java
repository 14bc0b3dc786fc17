package io.jbindgen.preprocess;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The open {@code #if} groups of one file, kept in a list (not on the Java stack), so that any
 * nesting depth works.
 */
final class ConditionalStack {
    /** One open group. */
    private static final class Group {
        final Position start;
        final boolean parentSkipping;
        boolean taken;
        boolean skipping;
        boolean sawElse;

        Group(Position start, boolean parentSkipping, boolean taken) {
            this.start = start;
            this.parentSkipping = parentSkipping;
            this.taken = taken;
            this.skipping = parentSkipping || !taken;
        }
    }

    private final List<Group> groups = new ArrayList<>();

    /** {@return whether lines are being skipped} */
    boolean skipping() {
        return !groups.isEmpty() && groups.getLast().skipping;
    }

    /** {@return the number of open groups} */
    int depth() {
        return groups.size();
    }

    /** Opens a group; {@code condition} is asked only when the enclosing group is not skipped. */
    void open(Position at, BooleanSupplier condition) {
        boolean parentSkipping = skipping();
        groups.add(new Group(at, parentSkipping, !parentSkipping && condition.getAsBoolean()));
    }

    /** Handles {@code #elif}; {@code condition} is asked only when no earlier branch was taken. */
    void elif(Position at, BooleanSupplier condition, Diagnostics diagnostics) {
        if (groups.isEmpty()) {
            diagnostics.error(at, "elif-without-if", "#elif without #if");
            return;
        }
        Group g = groups.getLast();
        if (g.sawElse) {
            diagnostics.error(at, "elif-after-else", "#elif after #else (the #if is at %s)", g.start);
        }
        if (g.parentSkipping || g.taken) {
            g.skipping = true;
            return;
        }
        g.taken = condition.getAsBoolean();
        g.skipping = !g.taken;
    }

    /** Handles {@code #else}. */
    void otherwise(Position at, Diagnostics diagnostics) {
        if (groups.isEmpty()) {
            diagnostics.error(at, "else-without-if", "#else without #if");
            return;
        }
        Group g = groups.getLast();
        if (g.sawElse) {
            diagnostics.error(at, "else-after-else", "#else after #else (the #if is at %s)", g.start);
        }
        g.sawElse = true;
        g.skipping = g.parentSkipping || g.taken;
        g.taken = true;
    }

    /** Handles {@code #endif}. */
    void close(Position at, Diagnostics diagnostics) {
        if (groups.isEmpty()) {
            diagnostics.error(at, "endif-without-if", "#endif without #if");
            return;
        }
        groups.removeLast();
    }

    /** Reports every group still open at the end of the file. */
    void reportUnterminated(Diagnostics diagnostics) {
        for (int i = groups.size() - 1; i >= 0 && i >= groups.size() - 5; i--) {
            diagnostics.error(groups.get(i).start, "unterminated-conditional", "unterminated conditional directive");
        }
        if (groups.size() > 5) {
            diagnostics.error(groups.getFirst().start, "unterminated-conditional",
                    "unterminated conditional directive (%d groups open in all)", groups.size());
        }
        groups.clear();
    }
}
