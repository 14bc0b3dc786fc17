package io.jbindgen.fuzz;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Delta debugging (ddmin) of an input that shows a finding: first over its chunks (declarations,
 * or a real header's lines), then over the lines of what is left, then over its tokens, keeping only
 * candidates that gcc accepts and that show the same kind of disagreement.
 */
final class Minimiser {
    /** Whether a candidate still shows the finding. */
    interface Test {
        boolean holds(List<String> chunks) throws IOException, InterruptedException;
    }

    private final Test test;
    private final long deadline;

    Minimiser(Test test, long deadlineMillis) {
        this.test = test;
        this.deadline = deadlineMillis;
    }

    List<String> minimise(List<String> chunks) throws IOException, InterruptedException {
        List<String> best = ddmin(chunks, false);
        best = ddmin(split(best, "\n"), false);
        return joined(ddmin(split(best, " "), true));
    }

    private static List<String> split(List<String> chunks, String separator) {
        List<String> out = new ArrayList<>();
        for (String c : chunks) {
            for (String part : c.split(separator.equals("\n") ? "\n" : " ")) {
                if (!part.isEmpty()) {
                    out.add(part);
                }
            }
            if (separator.equals(" ")) {
                out.add("\n");
            }
        }
        return out;
    }

    private List<String> ddmin(List<String> input, boolean tokens) throws IOException, InterruptedException {
        List<String> current = input;
        int n = 2;
        while (current.size() >= 2 && System.currentTimeMillis() < deadline) {
            int size = current.size();
            int chunk = (size + n - 1) / n;
            boolean reduced = false;
            for (int start = 0; start < size && System.currentTimeMillis() < deadline; start += chunk) {
                List<String> complement = new ArrayList<>(current.subList(0, start));
                complement.addAll(current.subList(Math.min(size, start + chunk), size));
                if (!complement.isEmpty() && test.holds(tokens ? joined(complement) : complement)) {
                    current = complement;
                    n = Math.max(n - 1, 2);
                    reduced = true;
                    break;
                }
            }
            if (!reduced) {
                if (n >= size) {
                    break;
                }
                n = Math.min(size, n * 2);
            }
        }
        return current;
    }

    /** Token lists are tested as one text (newlines kept as their own tokens). */
    private static List<String> joined(List<String> tokens) {
        return List.of(String.join(" ", tokens).replace(" \n ", "\n").replace("\n ", "\n").strip());
    }
}
