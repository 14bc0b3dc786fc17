package io.jbindgen.cli;

import io.jbindgen.HeaderResult;
import io.jbindgen.output.OutputFiles;
import io.jbindgen.select.DeclarationKind;
import io.jbindgen.select.PlannedDeclaration;
import io.jbindgen.select.SelectionPlan;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Lists what the selection pass decided: {@code --report-skipped} prints every declaration skipped, with
 * its reason, per header and target; {@code --dump-includes FILE} writes every declaration the headers
 * reach as the include option that selects it ({@code --include-struct kvm_regs  # header: FILE}), once.
 */
final class SelectionListing implements Consumer<HeaderResult> {
    private final Options options;
    private final PrintStream out;
    private final Set<String> includes = new LinkedHashSet<>();

    SelectionListing(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** {@return whether the command line asks for a listing} */
    boolean wanted() {
        return options.reportSkipped() || options.dumpIncludes() != null;
    }

    @Override
    public void accept(HeaderResult result) {
        SelectionPlan plan = result.plan();
        if (plan == null) {
            return;
        }
        if (options.reportSkipped()) {
            out.println("# " + result.header() + " (" + result.output().target().name() + "): "
                    + plan.skipped().size() + " declarations skipped");
            for (PlannedDeclaration d : plan.skipped()) {
                out.println(d.describe());
            }
        }
        for (PlannedDeclaration d : plan.declarations()) {
            if (d.cName() != null) {
                String name = d.kind() == DeclarationKind.CONSTANT ? d.cName()
                        : d.cName().substring(d.cName().indexOf(' ') + 1);
                includes.add("--include-" + d.kind().optionName() + " " + name + "    # header: "
                        + d.position().file());
            }
        }
    }

    /**
     * Writes the {@code --dump-includes} file, if asked for.
     *
     * @param err where a write error goes
     * @return whether it was written (or not asked for)
     */
    boolean finish(PrintStream err) {
        Path file = options.dumpIncludes();
        if (file == null) {
            return true;
        }
        try {
            OutputFiles.write(file, String.join("\n", includes) + (includes.isEmpty() ? "" : "\n"));
            return true;
        } catch (IOException e) {
            err.println(file + ":1:1: error: cannot write the --dump-includes file: " + e.getMessage() + " [cannot-write]");
            return false;
        }
    }
}
