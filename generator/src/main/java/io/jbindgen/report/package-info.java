/**
 * Layout reports: the machine-readable layout JSON ({@code --layout-json}), which the gcc
 * differential tests turn into compiler probes, and a pahole-style text report
 * ({@code --layout-text}) showing offsets, sizes, holes and padding of the main header's records.
 */
package io.jbindgen.report;
