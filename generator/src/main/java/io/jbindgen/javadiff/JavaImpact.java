package io.jbindgen.javadiff;

import com.github.javaparser.JavaParser;
import io.jbindgen.abidiff.AbiChange;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java side of an ABI change report: what changed in the generated API, and where the project's
 * own code uses a changed generated type or member.
 *
 * @param apiChanges removed and changed public types and members of the generated sources
 * @param uses uses of changed generated types and members in the project's sources, by file and position
 * @param problems sources that could not be read as Java ({@code file:line:col: message}); they were skipped
 */
public record JavaImpact(List<JavaApiChange> apiChanges, List<JavaUse> uses, List<String> problems) {

    public JavaImpact {
        apiChanges = List.copyOf(apiChanges);
        uses = List.copyOf(uses);
        problems = List.copyOf(problems);
    }

    /** No Java side: nothing compared, nothing found. */
    public static final JavaImpact NONE = new JavaImpact(List.of(), List.of(), List.of());

    /**
     * Compares the generated sources and finds the uses in the project's sources.
     *
     * @param oldGenerated the sources generated for the baseline (empty when unknown: then only the C
     *     changes behind the new sources' members are looked for)
     * @param newGenerated the sources generated now
     * @param user the project's own sources (not the generated ones)
     * @param cChanges the C-level changes of the same header
     * @return the impact
     */
    public static JavaImpact analyze(List<JavaSource> oldGenerated, List<JavaSource> newGenerated,
            List<JavaSource> user, List<AbiChange> cChanges) {
        GeneratedApi now = GeneratedApi.read(newGenerated);
        GeneratedApi old = oldGenerated.isEmpty() ? now : GeneratedApi.read(oldGenerated);
        List<String> problems = new ArrayList<>(old.problems());
        if (old != now) {
            problems.addAll(now.problems());
        }
        List<JavaApiChange> api = old == now ? List.of() : ApiDiff.compare(old, now);
        Reasons reasons = new Reasons(api, cChanges);
        List<JavaUse> uses = new ArrayList<>();
        JavaParser parser = JavaParsing.parser();
        for (JavaSource source : user) {
            if (!mentionsAny(source, old)) {
                continue;
            }
            var unit = JavaParsing.parse(parser, source, problems);
            if (unit.isPresent()) {
                try {
                    uses.addAll(UseFinder.find(old, reasons, source.path(), unit.get()));
                } catch (StackOverflowError e) { // the walk recurses per nesting level too
                    problems.add(source.path() + ":1:1: nested too deeply to search for uses, skipped");
                }
            }
        }
        return new JavaImpact(api, uses, problems);
    }

    /**
     * Every use {@link UseFinder} resolves starts at a generated type's simple name written in the file
     * (an import, a qualified name, the same package, a declared type), so a file without one is not parsed.
     */
    private static boolean mentionsAny(JavaSource source, GeneratedApi api) {
        for (ApiType type : api.types().values()) {
            if (source.content().contains(type.simpleName())) {
                return true;
            }
        }
        return false;
    }

    /** {@return the report's Java part as text: the API changes, then the uses; empty when there is neither} */
    public String text() {
        StringBuilder sb = new StringBuilder();
        if (!apiChanges.isEmpty()) {
            sb.append("\nGenerated Java API\n");
            for (JavaApiChange c : apiChanges) {
                sb.append("  ").append(c).append('\n');
            }
        }
        if (!uses.isEmpty()) {
            sb.append("\nUses in the project's sources\n");
            for (JavaUse u : uses) {
                sb.append("  ").append(u).append('\n');
            }
        }
        for (String p : problems) {
            sb.append("  warning: ").append(p).append('\n');
        }
        return sb.toString();
    }
}
