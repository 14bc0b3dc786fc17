/**
 * The request-set pass: for each C enum the request names as a set of requests (lguest's
 * {@code enum lguest_req}), it plans one typed command per enumerator: the request code, the method
 * name, the argument words (from the enumerator's {@code + a, b} comment or from the request's
 * per-constant override), whether it is deprecated, and its documentation. The result is data
 * ({@link io.jbindgen.commands.CommandSet}) that the emitter renders; problems are diagnostics with
 * stable codes at the enumerator's file:line:col.
 */
package io.jbindgen.commands;
