/**
 * Naming: how C identifiers become Java identifiers (camel case, upper snake case, escaping of Java
 * keywords and restricted identifiers). Shared by the passes that name things before emission
 * ({@link io.jbindgen.commands}) and by the emitter, and the selection of functions to bind by name
 * ({@link io.jbindgen.naming.FunctionOptions}, {@link io.jbindgen.naming.SymbolPatterns}); it depends on
 * nothing else in the generator.
 */
package io.jbindgen.naming;
