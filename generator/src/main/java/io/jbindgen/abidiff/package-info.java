/**
 * The ABI change report: compares a committed layout baseline (the layout JSON report) with the layout
 * computed now, and lists each change with its kind and its compatibility for a consumer of the old
 * layout. Pure functions from immutable layout descriptions to change lists; reading files is the
 * caller's job.
 */
package io.jbindgen.abidiff;
