/**
 * Writing generated files, for the callers of the library API (the command line and the Maven plugin
 * alike): {@link io.jbindgen.output.OutputFiles} replaces a regular file atomically with the
 * permissions a normal file gets, writes through anything else (a device, a FIFO, a link such as
 * {@code /dev/stdout}) and leaves a file alone when it already holds the bytes.
 */
package io.jbindgen.output;
