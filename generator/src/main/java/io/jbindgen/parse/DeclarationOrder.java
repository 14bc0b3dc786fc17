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
    /** By line, then column (a plain class: no lambda bootstrap in a short command-line run). */
    private static final Comparator<Position> BY_PLACE = new Comparator<>() {
        @Override
        public int compare(Position a, Position b) {
            int byLine = Integer.compare(a.line(), b.line());
            return byLine != 0 ? byLine : Integer.compare(a.column(), b.column());
        }
    };
    private static final Comparator<MacroDecl> MACROS_BY_PLACE = new Comparator<>() {
        @Override
        public int compare(MacroDecl a, MacroDecl b) {
            return BY_PLACE.compare(a.position(), b.position());
        }
    };

    private DeclarationOrder() {
    }

    static List<Declaration> interleave(List<Declaration> declarations, List<MacroDecl> macros) {
        Map<String, Deque<MacroDecl>> byFile = new HashMap<>();
        List<MacroDecl> sorted = new ArrayList<>(macros);
        sorted.sort(MACROS_BY_PLACE);
        for (MacroDecl m : sorted) {
            Deque<MacroDecl> inFile = byFile.get(m.position().file());
            if (inFile == null) {
                inFile = new ArrayDeque<>();
                byFile.put(m.position().file(), inFile);
            }
            inFile.add(m);
        }
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
        for (Declaration d : out) {
            if (d instanceof MacroDecl m) {
                placed.add(m);
            }
        }
        for (MacroDecl m : macros) {
            if (!placed.contains(m)) {
                out.add(m);
            }
        }
        return out;
    }
}
