package io.jbindgen.report;

import io.jbindgen.abi.Layouts;
import io.jbindgen.abi.Target;
import io.jbindgen.model.TranslationUnit;

/** The two layout reports of a translation unit: the JSON of {@code --layout-json} and the text of {@code --layout-text}. */
public final class LayoutReport {
    private LayoutReport() {
    }

    /**
     * {@return the layout JSON: records, enums and integer macros declared in the main header, in source
     * order} Field offsets follow the convention documented on {@code LayoutJson}: bytes for ordinary
     * members, bits in the target's allocation order for bitfields.
     */
    public static String json(TranslationUnit unit, Layouts layouts, Target target) {
        return new LayoutJson(unit, layouts, target).write();
    }

    /** {@return the pahole-style text report of the main header's records on {@code target}} */
    public static String text(TranslationUnit unit, Layouts layouts, Target target) {
        return "/* " + unit.mainFile() + " on " + target.name() + " */\n\n" + new PaholeReport(unit, layouts).write();
    }
}
