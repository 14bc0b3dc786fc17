/**
 * Generated files as data and the one way to write them. {@link io.jbindgen.output.GeneratedFile} is
 * what the emitter returns and the library API hands out (a path relative to an output root and the
 * text); {@link io.jbindgen.output.OutputFiles} is what its callers (the command line and the Maven
 * plugin alike) write them with: a regular file replaced atomically with the permissions a normal file
 * gets, anything else (a device, a FIFO, a link such as {@code /dev/stdout}) written through, a file
 * that already holds the bytes left alone. Depends on nothing else of jbindgen.
 */
package io.jbindgen.output;
