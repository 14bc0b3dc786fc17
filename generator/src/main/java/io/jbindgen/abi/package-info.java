/**
 * Target ABIs and the layout engine: the tables of type sizes and alignments for each target, and
 * {@link io.jbindgen.abi.Layouts}, which computes record sizes, alignments, member offsets and bitfield
 * positions exactly as gcc does on that target (packed and aligned attributes included), without
 * running any compiler; gcc is only the oracle in the tests.
 */
package io.jbindgen.abi;
