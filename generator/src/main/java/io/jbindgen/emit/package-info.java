/**
 * The Java emitter: turns a {@link io.jbindgen.model.TranslationUnit} and its per-target record
 * layouts into JavaPoet specs and returns the rendered sources as {@link io.jbindgen.output.GeneratedFile}
 * data. One class per C record (a view over a {@code MemorySegment} with typed accessors), one Java
 * enum per C enum, and one constants class per header. Output is deterministic: the same input gives
 * the same bytes.
 */
package io.jbindgen.emit;
