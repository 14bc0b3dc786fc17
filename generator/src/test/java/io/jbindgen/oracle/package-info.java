/**
 * The gcc differential harness: turns jbindgen's layout JSON into C probes ({@code _Static_assert}s of
 * sizes, alignments, offsets, enum and macro values, plus initialised objects whose bytes show where each
 * bitfield lies), compiles them with each target's gcc, and names every number gcc disagrees with; and
 * lists from gcc's own DWARF and {@code -dD} output what a C user can name in a header, so that what
 * jbindgen leaves out is seen too ({@link io.jbindgen.oracle.Completeness}). Runs on a fixture header,
 * the seed header and each target's uapi tree. {@link io.jbindgen.oracle.Toolchains} is the one check
 * every test that needs a target's compiler or kernel headers goes through.
 */
package io.jbindgen.oracle;
