package io.jbindgen;

import io.jbindgen.abi.Target;
import io.jbindgen.diag.Diagnostics;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns one header into Java sources for one target: the per-translation-unit work of
 * {@link Generator}, kept behind an interface so the orchestration can be tested on its own.
 */
interface HeaderPipeline {

    /**
     * Processes {@code header} as its own translation unit.
     *
     * @param header the header file
     * @param request the request (include directories, macros, deprecation pattern)
     * @param target the target ABI
     * @param javaPackage the Java package of the generated sources
     * @param diagnostics where every problem is reported
     * @return the generated files (ignored when {@code diagnostics} has errors) and the files read
     */
    Output run(Path header, GenerationRequest request, Target target, String javaPackage, Diagnostics diagnostics);

    /**
     * What one header produced for one target.
     *
     * @param files the generated sources
     * @param filesRead every file the preprocessor read, as the front end spells them
     * @param includeMisses every path an include search found no file at
     */
    record Output(List<GeneratedFile> files, List<String> filesRead, List<String> includeMisses) {
        public Output {
            files = List.copyOf(files);
            filesRead = List.copyOf(filesRead);
            includeMisses = List.copyOf(includeMisses);
        }

        /** An output whose include searches missed nowhere. */
        Output(List<GeneratedFile> files, List<String> filesRead) {
            this(files, filesRead, List.of());
        }
    }
}
