/**
 * The C lexer: source text to preprocessing tokens with {@code file:line:col} positions, line splices
 * removed and comments kept on the token that follows them, so that later stages can attach them to
 * declarations.
 */
package io.jbindgen.lex;
