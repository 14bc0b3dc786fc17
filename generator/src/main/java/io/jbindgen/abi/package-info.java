/**
 * The layout engine: {@link io.jbindgen.abi.Layouts} computes record sizes, alignments, member offsets and
 * bitfield positions for a {@link io.jbindgen.target.Target} exactly as gcc does on that target (packed and
 * aligned attributes included), without running any compiler; gcc is only the oracle in the tests.
 */
package io.jbindgen.abi;
