/**
 * The {@code jbindgen.jar} command-line tool: {@link io.jbindgen.cli.Main} parses the arguments into
 * immutable {@link io.jbindgen.cli.Options}, runs every header as its own translation unit (in
 * parallel, with output in argument order), prints compiler-style diagnostics on stderr, writes layout
 * reports and generated Java atomically, and exits 0 (all headers fine), 1 (a header had errors),
 * 2 (usage error) or 3 (internal error, a bug).
 */
package io.jbindgen.cli;
