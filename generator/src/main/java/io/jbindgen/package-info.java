/**
 * jbindgen's library API: a {@link io.jbindgen.GenerationRequest} goes in, a
 * {@link io.jbindgen.GenerationResult} with the generated files as data and every diagnostic comes out.
 * The command-line tool and the Maven plugin are thin callers of this API; writing files is theirs.
 */
package io.jbindgen;
