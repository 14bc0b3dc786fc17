package io.jbindgen.oracle;

import io.jbindgen.target.Target;
import io.jbindgen.model.TranslationUnit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The oracle as other test packages see it (the fuzzer): a target's gcc, asked to judge a
 * translation unit's layout report against a header. A thin public face over {@link Differential}.
 */
public final class GccJudge {
    private final GccTarget gcc;

    private GccJudge(GccTarget gcc) {
        this.gcc = gcc;
    }

    /**
     * What gcc said.
     *
     * @param headerRejected gcc does not compile the header on its own
     * @param headerErrors gcc's first error lines for the header, when rejected
     * @param compared how many numbers gcc checked
     * @param mismatches every claim gcc contradicts (or rejects), one line each
     * @param layoutErrors the layout engine's errors (file:line:col form)
     */
    public record Judgement(boolean headerRejected, List<String> headerErrors, int compared, List<String> mismatches, List<String> layoutErrors) {
    }

    /** {@return the judge for {@code target}, if its gcc is installed} */
    public static Optional<GccJudge> find(Target target) {
        return GccTarget.find(target).map(GccJudge::new);
    }

    /** {@return the target} */
    public Target target() {
        return gcc.target();
    }

    /** {@return the directories to pass to jbindgen as {@code -I} so that it sees the headers this gcc sees} */
    public List<Path> systemIncludeDirs() throws IOException, InterruptedException {
        return gcc.systemIncludeDirs();
    }

    /** {@return gcc's judgement of the layouts of {@code unit}, read from {@code header}} */
    public Judgement judge(TranslationUnit unit, Path header) throws IOException, InterruptedException {
        Differential.Outcome out = Differential.run(unit, header, gcc);
        List<String> layoutErrors = out.layoutDiagnostics().all().stream()
                .filter(d -> d.severity().name().equals("ERROR")).map(d -> d.format()).toList();
        return new Judgement(out.verdict().headerRejected(), out.verdict().headerErrors(), out.verdict().compared(), out.verdict().mismatches(),
                layoutErrors);
    }

    /** {@return the compiler command, e.g. {@code [aarch64-linux-gnu-gcc]}} */
    public List<String> command() {
        return gcc.command();
    }
}
