/**
 * Integer constant expressions with a target's C semantics: a recursive-descent
 * {@link io.jbindgen.eval.ExpressionParser} over preprocessing tokens that evaluates as it parses
 * (short-circuit branches are parsed but not evaluated), integer literals typed by C11 6.4.4.1,
 * integer promotions and usual arithmetic conversions with the target's widths, casts and
 * {@code sizeof}/{@code _Alignof} through a {@link io.jbindgen.eval.TypeContext}. Used for
 * {@code #if} (intmax_t arithmetic) and for enum values, array sizes and macro values (C rules).
 * Every problem is a diagnostic, never an exception to the caller.
 */
package io.jbindgen.eval;
