/**
 * Naming: how C identifiers become Java identifiers (camel case, upper snake case, escaping of Java
 * keywords and restricted identifiers). Shared by the passes that name things before emission
 * ({@link io.jbindgen.commands}) and by the emitter; it depends on nothing else in the generator.
 */
package io.jbindgen.naming;
