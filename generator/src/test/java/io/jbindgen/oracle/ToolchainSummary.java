package io.jbindgen.oracle;

import java.util.Map;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints, at the end of the test run, which targets were skipped for lack of a compiler or kernel
 * headers and how to get them, so that a green run on a machine without cross compilers says what
 * it did not check. Registered through {@code META-INF/services}.
 */
public final class ToolchainSummary implements TestExecutionListener {

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        String text = text(Toolchains.skipped());
        if (!text.isEmpty()) {
            System.out.print(text);
            System.out.flush();
        }
    }

    /** {@return the summary for these skipped targets (name to reason), empty when none was skipped} */
    static String text(Map<String, String> skipped) {
        if (skipped.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("jbindgen tests: targets SKIPPED (no compiler or no kernel headers); "
                + "their gcc comparisons did not run:\n");
        skipped.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> s.append("  ").append(e.getKey()).append(": ").append(e.getValue()).append('\n'));
        s.append("  install them (or run .ci/run, which does) to check every target; with CI=true a missing target fails.\n");
        return s.toString();
    }
}
