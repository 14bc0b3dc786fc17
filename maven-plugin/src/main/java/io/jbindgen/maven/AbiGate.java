package io.jbindgen.maven;

import io.jbindgen.AbiCheck;
import io.jbindgen.AbiCheckReport;
import io.jbindgen.GenerationRequest;
import io.jbindgen.GenerationResult;
import io.jbindgen.abidiff.AbiReport;
import io.jbindgen.abidiff.BaselineException;
import io.jbindgen.diag.Diagnostic;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.maven.incremental.IncrementalGenerator;
import io.jbindgen.output.JavaSourceTree;
import io.jbindgen.output.OutputFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.plugin.logging.Log;

/**
 * The {@code abiBaseline} check of a regenerating build, before the new sources are written: compares
 * the header with the baseline through {@link AbiCheck}, with the Java side (the previous sources still
 * in the output directory against the new ones, and the uses in the project's other source roots);
 * writes {@code abi-report.txt} and {@code abi-report.json} to the execution's state directory; logs a
 * summary; refuses the result when an incompatible change is not accepted. With {@code update} it
 * rewrites the baseline from the current header instead.
 */
final class AbiGate implements IncrementalGenerator.Gate {

    /** The settings of the check. */
    record Settings(Path baseline, List<String> accepted, boolean update, Path outputDirectory, Path reportDirectory,
            Path baseDirectory, List<Path> userRoots) {
    }

    private final GenerationRequest request;
    private final Settings settings;
    private final Log log;

    AbiGate(GenerationRequest request, Settings settings, Log log) {
        this.request = request;
        this.settings = settings;
        this.log = log;
    }

    /** {@return what the fingerprint must hold so that a new baseline, acceptance or update re-runs the check} */
    static String fingerprintPart(Settings settings) throws IOException {
        String content;
        try {
            content = sha256(Files.readAllBytes(settings.baseline()));
        } catch (NoSuchFileException e) {
            content = "missing";
        }
        return "abiBaseline=" + settings.baseline() + " " + content + "\nacceptedAbiChanges="
                + String.join(",", settings.accepted()) + "\nupdateAbiBaseline=" + settings.update() + "\n";
    }

    @Override
    public String refusal(GenerationResult result) throws IOException {
        Path baseline = settings.baseline();
        if (settings.update()) {
            Diagnostics diagnostics = new Diagnostics();
            String json = AbiCheck.baselineJson(request, diagnostics);
            if (json == null) {
                return "jbindgen: cannot rewrite the ABI baseline: " + diagnostics.all();
            }
            OutputFiles.write(baseline, json);
            log.info("jbindgen: ABI baseline " + baseline + " rewritten from the current header");
            return null;
        }
        String json;
        try {
            json = Files.readString(baseline, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return "jbindgen: <abiBaseline> " + baseline + " does not exist; write it with -Djbindgen.updateAbiBaseline=true";
        }
        Diagnostics diagnostics = new Diagnostics();
        AbiReport report;
        try {
            report = AbiCheck.compare(json, baseline.toString(), request, diagnostics);
        } catch (BaselineException e) {
            return "jbindgen: unusable <abiBaseline> " + e.getMessage();
        }
        if (report == null) {
            return "jbindgen: " + diagnostics.all().stream().map(Diagnostic::format).toList();
        }
        AbiCheckReport whole = report.changes().isEmpty() ? AbiCheck.withoutJava(report)
                : AbiCheck.withJava(report, JavaSourceTree.read(settings.outputDirectory(), ""), result.files(),
                        userSources());
        List<String> accepted = settings.accepted();
        OutputFiles.write(settings.reportDirectory().resolve("abi-report.txt"), whole.text(accepted));
        OutputFiles.write(settings.reportDirectory().resolve("abi-report.json"), whole.json(accepted));
        String summary = "jbindgen: " + whole.summary(accepted) + " (report: "
                + settings.baseDirectory().relativize(settings.reportDirectory().resolve("abi-report.txt")) + ")";
        if (!whole.rejected(accepted).isEmpty()) {
            log.error(summary);
            StringBuilder how = new StringBuilder("\nTo accept a change, list it in <acceptedAbiChanges>:\n");
            for (var change : whole.rejected(accepted)) {
                how.append("  <acceptedAbiChange>").append(AbiCheckReport.key(change)).append("</acceptedAbiChange>\n");
            }
            return "jbindgen: incompatible ABI change against " + baseline + "\n" + whole.text(accepted) + how;
        }
        if (report.changes().isEmpty()) {
            log.info(summary);
        } else {
            log.warn(summary);
            for (String line : whole.text(accepted).split("\n")) {
                log.warn(line);
            }
        }
        return null;
    }

    private Map<String, String> userSources() throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (Path root : settings.userRoots()) {
            Path abs = root.toAbsolutePath().normalize();
            if (!abs.equals(settings.outputDirectory())) {
                String label = abs.startsWith(settings.baseDirectory())
                        ? settings.baseDirectory().relativize(abs).toString().replace('\\', '/') : abs.toString();
                out.putAll(JavaSourceTree.read(abs, label));
            }
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
