/**
 * The gcc differential harness: turns jbindgen's layout JSON into C probes ({@code _Static_assert}s of
 * sizes, alignments, offsets, enum and macro values, plus initialised objects whose bytes show where each
 * bitfield lies), compiles them with each target's gcc, and names every number gcc disagrees with. Runs on
 * a fixture header, the seed header and every {@code /usr/include/linux} header.
 */
package io.jbindgen.oracle;
