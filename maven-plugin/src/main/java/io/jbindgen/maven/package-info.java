/**
 * The {@code jbindgen:generate} Maven goal: a thin Mojo that turns its documented parameters into an
 * immutable {@link io.jbindgen.GenerationRequest}, hands it to the incremental pipeline in
 * {@link io.jbindgen.maven.incremental}, registers the output directory as a compile source root, and
 * maps the outcome to one log line or to a Maven exception.
 */
package io.jbindgen.maven;
