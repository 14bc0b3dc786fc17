package io.jbindgen.parse;

import io.jbindgen.model.Declaration;
import io.jbindgen.model.MacroDecl;
import io.jbindgen.model.Position;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Places macro declarations among the parsed declarations, by position within each file. */
final class DeclarationOrder {
    private static final Comparator<Position> BY_PLACE =
            Comparator.comparingInt(Position::line).thenComparingInt(Position::column);

    private DeclarationOrder() {
    }

    static List<Declaration> interleave(List<Declaration> declarations, List<MacroDecl> macros) {
        Map<String, Deque<MacroDecl>> byFile = new HashMap<>();
        macros.stream().sorted(Comparator.comparing(MacroDecl::position, BY_PLACE))
                .forEach(m -> byFile.computeIfAbsent(m.position().file(), f -> new ArrayDeque<>()).add(m));
        List<Declaration> out = new ArrayList<>(declarations.size() + macros.size());
        for (Declaration d : declarations) {
            Deque<MacroDecl> pending = byFile.get(d.position().file());
            while (pending != null && !pending.isEmpty()
                    && BY_PLACE.compare(pending.peekFirst().position(), d.position()) < 0) {
                out.add(pending.pollFirst());
            }
            out.add(d);
        }
        Set<MacroDecl> placed = Collections.newSetFromMap(new IdentityHashMap<>());
        out.stream().filter(MacroDecl.class::isInstance).map(MacroDecl.class::cast).forEach(placed::add);
        for (MacroDecl m : macros) {
            if (!placed.contains(m)) {
                out.add(m);
            }
        }
        return out;
    }
}
