package io.jbindgen.cli;

import io.jbindgen.GenerationRequest;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The parsed command line, immutable: the {@link GenerationRequest} it asks the library for, and
 * where its results go.
 *
 * @param request the headers, {@code --target}, {@code -I}, {@code -D}, {@code -U}, {@code -p},
 *     {@code --deprecation-pattern}, and the products: Java with {@code -d}, the JSON report with
 *     {@code --layout-json}, the text report with {@code --layout-text}
 * @param layoutJson {@code --layout-json PATH} ({@value #STDOUT} for standard output), or {@code null}
 * @param layoutJsonDirectory whether {@code layoutJson} is a directory that gets {@code <header file name>.json}
 *     per header (several headers, or an existing directory) rather than the file for the one header
 * @param outputDir {@code -d DIR}: the output root for generated Java, or {@code null}
 * @param help whether {@code --help} was given
 * @param version whether {@code --version} was given
 * @param abi the ABI change report options ({@code --abi-baseline} and its companions), or {@code null}
 * @param reportSkipped {@code --report-skipped}: list every declaration the selection pass skips, with why
 * @param dumpIncludes {@code --dump-includes FILE}: where to write what each header reaches, as include
 *     options, or {@code null}
 */
public record Options(GenerationRequest request, Path layoutJson, boolean layoutJsonDirectory, Path outputDir,
        boolean help, boolean version, AbiOptions abi, boolean reportSkipped, Path dumpIncludes) {

    /** The {@code --layout-json} path that means standard output. */
    public static final String STDOUT = "-";

    public Options {
        Objects.requireNonNull(request, "request");
    }

    /** Options without a listing of the selection. */
    public Options(GenerationRequest request, Path layoutJson, boolean layoutJsonDirectory, Path outputDir,
            boolean help, boolean version, AbiOptions abi) {
        this(request, layoutJson, layoutJsonDirectory, outputDir, help, version, abi, false, null);
    }

    /** Options without an ABI change report. */
    public Options(GenerationRequest request, Path layoutJson, boolean layoutJsonDirectory, Path outputDir,
            boolean help, boolean version) {
        this(request, layoutJson, layoutJsonDirectory, outputDir, help, version, null);
    }

    /** {@return whether the layout JSON goes to standard output ({@code --layout-json -})} */
    public boolean layoutJsonToStdout() {
        return layoutJson != null && layoutJson.toString().equals(STDOUT);
    }

    /**
     * {@return where the layout JSON of {@code header} goes, or {@code null} when none was asked for or
     * it goes to standard output}
     */
    public Path layoutJsonFor(Path header) {
        if (layoutJson == null || layoutJsonToStdout()) {
            return null;
        }
        return layoutJsonDirectory ? layoutJson.resolve(header.getFileName() + ".json") : layoutJson;
    }
}
