package io.jbindgen.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * gcc's errors on a probe, sorted by what they are about: a claim (by the probe line that states it), a
 * claim whose macro gcc cannot evaluate in the header's own context (the error is placed in the header,
 * followed by "in expansion of macro" at the claim's line), a bitfield object, or the header itself.
 */
final class ProbeMessages {
    private static final Pattern ERROR = Pattern.compile("^(.+?):(\\d+):(\\d+): (?:fatal )?error: (.*)$");
    private static final Pattern EXPANSION = Pattern.compile("^(.+?):(\\d+):(\\d+): note: in expansion of macro .*$");

    final Map<Integer, String> checkErrors = new TreeMap<>();
    final Map<Integer, String> macroContextErrors = new TreeMap<>();
    final List<String> bitfieldErrors = new ArrayList<>();
    final List<String> headerErrors = new ArrayList<>();

    /** Reads gcc's {@code output} for {@code file} (e.g. {@code probe.c}) holding {@code text}. */
    ProbeMessages(String output, String file, CProbeWriter.Probe text, CProbeWriter probe) {
        String pendingHeaderError = null;
        for (String line : output.split("\n")) {
            Matcher e = ERROR.matcher(line);
            Matcher n = EXPANSION.matcher(line);
            if (e.matches()) {
                pendingHeaderError = null;
                int ln = Integer.parseInt(e.group(2));
                boolean inProbe = e.group(1).endsWith(file);
                if (inProbe && text.checkAtLine().containsKey(ln)) {
                    checkErrors.putIfAbsent(text.checkAtLine().get(ln), e.group(4));
                } else if (inProbe && text.bitfieldAtLine().containsKey(ln)) {
                    bitfieldErrors.add(probe.bitfields().get(text.bitfieldAtLine().get(ln)).what() + ": " + e.group(4));
                } else {
                    headerErrors.add(line);
                    pendingHeaderError = line;
                }
            } else if (n.matches() && pendingHeaderError != null && n.group(1).endsWith(file)
                    && text.checkAtLine().containsKey(Integer.parseInt(n.group(2)))) {
                headerErrors.remove(pendingHeaderError);
                macroContextErrors.putIfAbsent(text.checkAtLine().get(Integer.parseInt(n.group(2))), pendingHeaderError);
                pendingHeaderError = null;
            }
        }
    }

    /** {@return the claims gcc evaluated and found false} */
    List<Integer> failedAssertions() {
        return checkErrors.entrySet().stream().filter(e -> e.getValue().startsWith("static assertion failed"))
                .map(Map.Entry::getKey).toList();
    }
}
