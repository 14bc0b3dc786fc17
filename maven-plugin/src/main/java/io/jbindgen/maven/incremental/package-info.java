/**
 * Incremental generation for one plugin execution: a SHA-256 {@link io.jbindgen.maven.incremental.Fingerprint}
 * of every input decides whether anything must be generated, an
 * {@link io.jbindgen.maven.incremental.OutputWriter} writes only files whose bytes changed (atomically) and
 * deletes only files that this execution generated before, and a
 * {@link io.jbindgen.maven.incremental.StateStore} keeps the fingerprint and the manifest of outputs between
 * builds, updated only after success.
 */
package io.jbindgen.maven.incremental;
