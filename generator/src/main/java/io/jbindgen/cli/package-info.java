/**
 * The {@code jbindgen.jar} command-line tool, a thin caller of the library: {@link io.jbindgen.cli.Main}
 * parses the arguments into immutable {@link io.jbindgen.cli.Options} holding a
 * {@link io.jbindgen.GenerationRequest}, runs it through {@link io.jbindgen.Generator} (every header its
 * own translation unit, in parallel, results in argument order), prints compiler-style diagnostics on
 * stderr, writes layout reports and generated Java through {@link io.jbindgen.output.OutputFiles}, and
 * exits 0 (all headers fine), 1 (a header had errors), 2 (usage error) or 3 (internal error, a bug).
 */
package io.jbindgen.cli;
