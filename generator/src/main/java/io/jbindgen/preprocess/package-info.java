/**
 * The C preprocessor: include resolution over {@code -I} directories and jbindgen's built-in
 * headers, conditional inclusion, macro definition and gcc-compatible expansion, and the target's
 * predefined macros. {@link io.jbindgen.preprocess.Preprocessor#run} yields a
 * {@link io.jbindgen.preprocess.PreprocessedUnit}: tokens that keep their spelling position,
 * the invocation site of macro-produced tokens and the comments before them, plus the final
 * {@link io.jbindgen.preprocess.MacroTable} with each macro's doc comment.
 */
package io.jbindgen.preprocess;
