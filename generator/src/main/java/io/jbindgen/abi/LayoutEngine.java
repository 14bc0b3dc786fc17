package io.jbindgen.abi;

import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.CType;
import io.jbindgen.model.Declaration;
import io.jbindgen.model.EnumDecl;
import io.jbindgen.model.Position;
import io.jbindgen.model.RecordDecl;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.model.TypedefDecl;
import io.jbindgen.target.Target;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Computes every record layout of a translation unit once: indexes the declarations, lays records
 * out on demand (a record's members first), memoizes results and failures, and turns failures into
 * diagnostics. Detects a record that contains itself by value and bounds the nesting depth.
 */
final class LayoutEngine {
    /** Deeper by-value nesting than this is reported instead of risking the stack. */
    static final int MAX_NESTING = 512;

    private final Map<String, RecordDecl> records = new LinkedHashMap<>();
    private final Map<String, TypedefDecl> typedefs = new HashMap<>();
    private final Map<String, EnumDecl> enums = new HashMap<>();
    private final Map<String, RecordLayout> done = new LinkedHashMap<>();
    private final Set<String> failed = new HashSet<>();
    private final Set<String> inProgress = new HashSet<>();
    private final Set<String> realigned = new HashSet<>();
    private final Diagnostics diags;
    private final TypeSizer sizer;
    private final RecordLayouter layouter;

    LayoutEngine(TranslationUnit unit, Target target, Diagnostics diags) {
        this(target, diags);
        for (Declaration d : unit.declarations()) {
            add(d);
        }
    }

    LayoutEngine(Target target, Diagnostics diags) {
        this.diags = diags;
        this.sizer = new TypeSizer(target, typedefs, enums, this::require, realigned);
        this.layouter = new RecordLayouter(sizer);
    }

    /** Indexes one more declaration; a record definition makes earlier failures worth retrying. */
    void add(Declaration d) {
        // instanceof rather than a pattern switch: no switch bootstrap in a short command-line run
        if (d instanceof RecordDecl r) {
            if (r.complete() || !records.containsKey(r.key())) {
                records.put(r.key(), r);
            }
            if (r.complete()) {
                failed.clear();
            }
        } else if (d instanceof TypedefDecl t) {
            TypedefDecl first = typedefs.putIfAbsent(t.name(), t);
            if (first != null && first != t && raisesAlignment(first, t)) {
                realigned.add(t.name());
            }
        } else if (d instanceof EnumDecl e) {
            enums.putIfAbsent(e.key(), e);
        }
    }

    /** {@return whether {@code again}, a second typedef of {@code first}'s name, asks for a larger alignment} */
    private boolean raisesAlignment(TypedefDecl first, TypedefDecl again) {
        if (!again.attributes().hasAligned()) {
            return false;
        }
        try {
            long before = sizer.info(new CType.Typedef(first.name(), first.type()), first.position()).align();
            return sizer.alignedValue(again.attributes()) > before;
        } catch (LayoutFailure f) {
            return true;
        }
    }

    long preferredAlign(CType type) {
        return sizer.preferredAlign(type, Position.BUILTIN);
    }

    /** {@return size and alignment of {@code type} with the declarations added so far} */
    TypeInfo info(CType type, Position where) {
        return sizer.info(type, where);
    }

    /** Lays out every complete record, reporting those that have no layout. */
    Map<String, RecordLayout> computeAll() {
        for (RecordDecl r : records.values()) {
            if (r.complete()) {
                try {
                    require(r.key(), r.position());
                } catch (LayoutFailure f) {
                    // already reported where it arose
                }
            }
        }
        return Map.copyOf(done);
    }

    Map<String, TypedefDecl> typedefs() {
        return typedefs;
    }

    Map<String, EnumDecl> enums() {
        return enums;
    }

    private RecordLayout require(String key, Position usedAt) {
        RecordLayout layout = done.get(key);
        if (layout != null) {
            return layout;
        }
        RecordDecl decl = records.get(key);
        if (decl == null || !decl.complete()) {
            throw new LayoutFailure(usedAt, "incomplete-type",
                    "'" + key + "' is used by value but never defined (incomplete type)", true);
        }
        if (failed.contains(key)) {
            throw new LayoutFailure(usedAt, "no-layout", "'" + key + "' has no layout", false);
        }
        if (inProgress.contains(key)) {
            throw new LayoutFailure(usedAt, "recursive-record", "'" + key + "' contains itself by value", true);
        }
        if (inProgress.size() >= MAX_NESTING) {
            throw new LayoutFailure(usedAt, "nesting-too-deep",
                    "records nested by value more than " + MAX_NESTING + " deep", true);
        }
        return layOut(decl);
    }

    private RecordLayout layOut(RecordDecl decl) {
        inProgress.add(decl.key());
        try {
            RecordLayout layout = layouter.layout(decl);
            done.put(decl.key(), layout);
            return layout;
        } catch (LayoutFailure f) {
            failed.add(decl.key());
            report(decl, f);
            throw new LayoutFailure(f.position(), "no-layout", "'" + decl.key() + "' has no layout", false);
        } finally {
            inProgress.remove(decl.key());
        }
    }

    private void report(RecordDecl decl, LayoutFailure f) {
        if (f.rootCause()) {
            diags.error(f.position(), f.code(), "%s; '%s' gets no layout", f.getMessage(), decl.key());
        } else {
            diags.note(decl.position(), "no-layout", "'%s' gets no layout: a member's type has none (%s)",
                    decl.key(), f.position());
        }
    }

    TypeSizer frozenSizer(Map<String, RecordLayout> layouts) {
        return new TypeSizer(sizer.target(), typedefs, enums, (key, where) -> {
            RecordLayout l = layouts.get(key);
            if (l == null) {
                throw new LayoutFailure(where, "no-layout", "'" + key + "' has no layout", false);
            }
            return l;
        }, realigned);
    }
}
