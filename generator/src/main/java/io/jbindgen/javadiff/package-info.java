/**
 * The Java side of the ABI change report: the public API of previously and newly generated sources
 * ({@link io.jbindgen.javadiff.GeneratedApi}, read with JavaParser), what was removed or changed in it
 * ({@link io.jbindgen.javadiff.ApiDiff}), the C changes behind each generated member (read from the
 * generated Javadoc's first {@code <code>} link), and every use of an affected member in the project's
 * own sources, resolved through imports, static imports, qualified names and the same package
 * ({@link io.jbindgen.javadiff.UseFinder}). JavaParser is loaded only when this package is used.
 */
package io.jbindgen.javadiff;
