/**
 * jbindgen's generator: C headers in, typed Java (FFM) bindings, layout reports and ABI change reports out,
 * with no C compiler. The library API is {@link io.jbindgen.Generator} over an immutable
 * {@link io.jbindgen.GenerationRequest}; the model, the diagnostics, the output files, the target tables and
 * the options' types are exported with it. The passes (preprocessor, parser, evaluator, layout engine,
 * emitter, reports, command line) are internal.
 */
module io.jbindgen.generator {
    requires java.compiler;
    requires com.palantir.javapoet;
    requires com.github.javaparser.core;

    exports io.jbindgen;
    exports io.jbindgen.model;
    exports io.jbindgen.diag;
    exports io.jbindgen.output;
    exports io.jbindgen.target;
    exports io.jbindgen.naming;
    exports io.jbindgen.commands;
    exports io.jbindgen.select;
    exports io.jbindgen.abidiff;
    exports io.jbindgen.javadiff;
}
