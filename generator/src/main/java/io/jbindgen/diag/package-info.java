/**
 * Compiler-style diagnostics: a {@link io.jbindgen.diag.Diagnostic} carries a severity, a
 * {@code file:line:col} position, a stable code and a message, and a
 * {@link io.jbindgen.diag.Diagnostics} collector keeps going after errors so that a run reports all
 * it finds.
 */
package io.jbindgen.diag;
