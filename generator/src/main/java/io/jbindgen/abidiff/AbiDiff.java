package io.jbindgen.abidiff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The C-level ABI diff: every change between a baseline layout and the current one, with its
 * compatibility for a consumer of the baseline. A pure function of its two inputs.
 */
public final class AbiDiff {
    private AbiDiff() {
    }

    /**
     * Compares two layouts of the same header on the same target.
     *
     * @param baseline the layout the consumer was built against
     * @param current the layout now
     * @return the changes: records (in baseline order, then added ones), enumerators, then macros
     */
    public static List<AbiChange> compare(LayoutDescription baseline, LayoutDescription current) {
        List<AbiChange> out = new ArrayList<>();
        Map<String, LayoutDescription.Record> newRecords = byName(current.records(), LayoutDescription.Record::c);
        Map<String, LayoutDescription.Record> oldRecords = byName(baseline.records(), LayoutDescription.Record::c);
        for (LayoutDescription.Record old : baseline.records()) {
            LayoutDescription.Record now = newRecords.get(old.c());
            if (now == null) {
                out.add(new AbiChange(ChangeKind.RECORD_REMOVED, Compatibility.INCOMPATIBLE, old.c(), null, null, null));
            } else {
                RecordDiff.compare(old, now, out);
            }
        }
        for (LayoutDescription.Record now : current.records()) {
            if (!oldRecords.containsKey(now.c())) {
                out.add(new AbiChange(ChangeKind.RECORD_ADDED, Compatibility.COMPATIBLE, now.c(), null, null, null));
            }
        }
        EnumDiff.compare(baseline.enums(), current.enums(), out);
        MacroDiff.compare(baseline.macros(), current.macros(), out);
        return List.copyOf(out);
    }

    static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> out = new LinkedHashMap<>();
        for (T item : items) {
            out.putIfAbsent(name.apply(item), item);
        }
        return out;
    }
}
