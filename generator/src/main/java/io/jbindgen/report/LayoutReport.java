package io.jbindgen.report;

import io.jbindgen.abi.Layouts;
import io.jbindgen.target.Target;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.select.SelectionPlan;
import io.jbindgen.select.SelectionPolicy;
import io.jbindgen.select.Selector;

/** The two layout reports of a translation unit: the JSON of {@code --layout-json} and the text of {@code --layout-text}. */
public final class LayoutReport {
    /**
     * The layout JSON's schema version, written as {@code "schemaVersion"}. Version 1 (unversioned) had
     * {@code target}, {@code records}, {@code enums} and {@code macros}; version 2 adds the version itself,
     * the {@code comment} of enum constants (where request arguments are documented, {@code "+ a, b"}) and
     * the decoded {@code ioctl} of request macros ({@code direction}, {@code type}, {@code number},
     * {@code size}). Readers of version 1 ignore the additions.
     */
    public static final int SCHEMA_VERSION = 2;

    private LayoutReport() {
    }

    /**
     * {@return the layout JSON: records, enums and integer macros declared in the main header, in source
     * order} Field offsets follow the convention documented on {@code LayoutJson}: bytes for ordinary
     * members, bits in the target's allocation order for bitfields.
     */
    public static String json(TranslationUnit unit, Layouts layouts, Target target) {
        return json(unit, layouts, target, defaultPlan(unit, layouts));
    }

    /** {@return the layout JSON of what {@code plan} selects} */
    public static String json(TranslationUnit unit, Layouts layouts, Target target, SelectionPlan plan) {
        return new LayoutJson(unit, layouts, target, plan).write();
    }

    /** {@return the pahole-style text report of the main header's records on {@code target}} */
    public static String text(TranslationUnit unit, Layouts layouts, Target target) {
        return text(unit, layouts, target, defaultPlan(unit, layouts));
    }

    /** {@return the pahole-style text report of the records {@code plan} selects} */
    public static String text(TranslationUnit unit, Layouts layouts, Target target, SelectionPlan plan) {
        return "/* " + unit.mainFile() + " on " + target.name() + " */\n\n"
                + new PaholeReport(unit, layouts, plan).write();
    }

    private static SelectionPlan defaultPlan(TranslationUnit unit, Layouts layouts) {
        return Selector.planTypes(unit, key -> layouts.record(key).isPresent(), SelectionPolicy.DEFAULT);
    }
}
