/**
 * The C declaration parser: turns the preprocessed token stream of a header into the immutable
 * declarations of {@link io.jbindgen.model} (records, enums, typedefs, macro values with ioctl
 * decoding), attaches comments, records what it skips (prototypes, inline functions, variables,
 * macros without a value) and reports syntax errors with recovery, so that one bad declaration
 * does not hide the others. {@link io.jbindgen.parse.FrontEnd} runs the whole front end for one header:
 * preprocessor, parser, macro values.
 */
package io.jbindgen.parse;
