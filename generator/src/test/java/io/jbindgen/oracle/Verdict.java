package io.jbindgen.oracle;

import java.util.List;

/**
 * What gcc said about one probe.
 *
 * @param headerRejected gcc does not accept the header on its own (errors outside the probe lines)
 * @param headerErrors gcc's first errors in the header, when rejected
 * @param compared how many claimed numbers (assertions and bitfield objects) gcc checked
 * @param mismatches every claim gcc disagrees with: header, record/member, our number and gcc's
 * @param unverifiable claims gcc cannot evaluate in the header's own context (a macro naming a type
 *     the header never declares, such as {@code size_t}); not counted as compared
 */
record Verdict(boolean headerRejected, List<String> headerErrors, int compared, List<String> mismatches,
        List<String> unverifiable) {
    Verdict {
        headerErrors = List.copyOf(headerErrors);
        mismatches = List.copyOf(mismatches);
        unverifiable = List.copyOf(unverifiable);
    }
}
