package io.jbindgen.cli;

import io.jbindgen.AbiCheck;
import io.jbindgen.AbiCheckReport;
import io.jbindgen.HeaderResult;
import io.jbindgen.abidiff.AbiReport;
import io.jbindgen.abidiff.BaselineException;
import io.jbindgen.diag.Diagnostic;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.output.GeneratedFile;
import io.jbindgen.output.JavaSourceTree;
import io.jbindgen.output.OutputFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * {@code --abi-baseline}: compares the header with a baseline layout JSON through the library
 * ({@link AbiCheck}), prints the report grouped by declaration (and writes it as JSON with
 * {@code --abi-json}), and gives the exit status: {@link CliRunner#EXIT_OK} when nothing incompatible
 * changed, {@link CliRunner#EXIT_HEADER_ERRORS} (1) when something did or the header had errors,
 * {@link CliRunner#EXIT_USAGE} when the baseline or a source directory cannot be used. Collects the
 * newly generated sources of the run it follows, for the Java side.
 */
final class AbiRun implements Consumer<HeaderResult> {
    private final Options options;
    private final PrintStream out;
    private final PrintStream err;
    private final List<GeneratedFile> generated = new ArrayList<>();

    AbiRun(Options options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    @Override
    public void accept(HeaderResult result) {
        generated.addAll(result.files());
    }

    /** {@return the exit status of the comparison} */
    int run() {
        AbiOptions abi = options.abi();
        AbiReport report;
        Diagnostics diagnostics = new Diagnostics();
        try {
            String baseline = Files.readString(abi.baseline(), StandardCharsets.UTF_8);
            report = AbiCheck.compare(baseline, abi.baseline().toString(), options.request(), diagnostics);
        } catch (IOException e) {
            err.println("jbindgen: cannot read the ABI baseline " + abi.baseline() + ": " + e);
            return CliRunner.EXIT_USAGE;
        } catch (BaselineException e) {
            err.println("jbindgen: unusable ABI baseline " + e.getMessage());
            return CliRunner.EXIT_USAGE;
        }
        for (Diagnostic d : diagnostics.all()) {
            err.println(ConsoleText.escape(d.format()));
        }
        if (report == null) {
            return CliRunner.EXIT_HEADER_ERRORS;
        }
        AbiCheckReport whole;
        try {
            whole = abi.java() ? AbiCheck.withJava(report, sources(abi.oldSources() == null ? List.of()
                    : List.of(abi.oldSources()), false), generated, sources(abi.userSources(), true))
                    : AbiCheck.withoutJava(report);
        } catch (IOException e) {
            err.println("jbindgen: cannot read sources for the ABI report: " + e);
            return CliRunner.EXIT_USAGE;
        }
        out.print(whole.text(List.of()));
        if (abi.json() != null) {
            String json = whole.json(List.of());
            if (abi.json().toString().equals(Options.STDOUT)) {
                out.print(json);
            } else {
                try {
                    OutputFiles.write(abi.json(), json);
                } catch (IOException e) {
                    err.println("jbindgen: cannot write " + abi.json() + ": " + e);
                    return CliRunner.EXIT_HEADER_ERRORS;
                }
            }
        }
        return whole.rejected(List.of()).isEmpty() ? CliRunner.EXIT_OK : CliRunner.EXIT_HEADER_ERRORS;
    }

    /** Reads source roots; a user root's files are named {@code root/relative path}, old generated ones by relative path. */
    private static Map<String, String> sources(List<Path> roots, boolean labelled) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                throw new IOException(root + " is not a directory");
            }
            out.putAll(JavaSourceTree.read(root, labelled ? root.toString() : ""));
        }
        return out;
    }
}
