package io.jbindgen.select;

import io.jbindgen.target.Target;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lists what the selection pass decided, as text lines: the one implementation behind the command
 * line's {@code --report-skipped} and {@code --dump-includes FILE} and the Maven plugin's
 * {@code <reportSkipped>} and {@code <dumpIncludes>}.
 *
 * <p>The skipped report of one header on one target ({@link #skippedReport}) is a heading,
 * {@code # HEADER (TARGET): N declarations skipped}, then one line per skipped declaration as
 * {@link PlannedDeclaration#describe()} writes it ({@code file:line: skipped struct foo: reason [code]}).
 *
 * <p>The include file gathers, over every plan {@linkplain #addIncludes added} (every header and
 * target of a run), each named declaration the headers reach as the include option that selects it,
 * {@code --include-struct kvm_regs    # header: FILE}, each line once, in the order first seen.
 * Not thread-safe: add the plans from one thread.
 */
public final class SelectionListing {

    private final Set<String> includes = new LinkedHashSet<>();

    /**
     * {@return the skipped report of one header on one target: the heading, then one line per skipped
     * declaration, in source order}
     *
     * @param header the header, as the caller names it in the heading
     * @param target the target the plan was made for
     * @param plan the header's plan
     */
    public static List<String> skippedReport(Path header, Target target, SelectionPlan plan) {
        List<PlannedDeclaration> skipped = plan.skipped();
        List<String> lines = new ArrayList<>(skipped.size() + 1);
        lines.add("# " + header + " (" + target.name() + "): " + skipped.size() + " declarations skipped");
        for (PlannedDeclaration d : skipped) {
            lines.add(d.describe());
        }
        return lines;
    }

    /**
     * Adds the include lines of every declaration of {@code plan} that C names (kept or skipped; an
     * anonymous record or enum no typedef names has no line), those not already added.
     *
     * @param plan one header's plan on one target
     */
    public void addIncludes(SelectionPlan plan) {
        for (PlannedDeclaration d : plan.declarations()) {
            if (d.cName() != null) {
                includes.add("--include-" + d.kind().optionName() + " " + optionArgument(d) + "    # header: "
                        + d.position().file());
            }
        }
    }

    /** {@return the include lines added so far, each once, in the order first added} */
    public List<String> includeLines() {
        return List.copyOf(includes);
    }

    /** {@return the include file's text: the include lines, each ended by a newline (empty when there are none)} */
    public String includeFile() {
        return includes.isEmpty() ? "" : String.join("\n", includes) + "\n";
    }

    /** The name an include option matches: a constant's name, a record's or enum's name without its {@code struct} keyword. */
    private static String optionArgument(PlannedDeclaration d) {
        return d.kind() == DeclarationKind.CONSTANT ? d.cName() : d.cName().substring(d.cName().indexOf(' ') + 1);
    }
}
