package io.jbindgen.cli;

/** The texts of {@code --help} and of the short reminder printed after a usage error. */
final class Usage {

    /** The one-line synopsis. */
    static final String SYNOPSIS = "usage: java -jar jbindgen.jar [options] HEADER...";

    /** Printed after a usage error. */
    static final String SHORT = SYNOPSIS + "\n       java -jar jbindgen.jar --help   for the options\n";

    /** Printed by {@code --help}. */
    static final String FULL = SYNOPSIS + """


            Reads C headers with jbindgen's own preprocessor and parser (no compiler needed) and
            reports their layouts for a target ABI or generates Java (FFM) bindings. Each header is
            its own translation unit.

            Options:
              --target ABI             target ABI: x86_64 (default), i386, aarch64, s390x, armhf,
                                       riscv64, ppc64el, mips64el.
                                       One target per run; run again for another target.
              -I DIR, -IDIR            add DIR to the include path (repeatable, searched in order;
                                       there are no implicit system directories)
              -D NAME[=VALUE], -DNAME  define a macro (VALUE defaults to 1)
              -U NAME, -UNAME          undefine a macro
              --layout-json PATH       write the layout report as JSON; with several headers (or
                                       when PATH is a directory) PATH is a directory that gets
                                       <header file name>.json per header, e.g. kvm.h.json;
                                       - is standard output (one header)
              --layout-text            print a pahole-style layout report on standard output
              -d DIR                   generate Java sources under the output root DIR
              -p PACKAGE               Java package of the generated sources (with -d)
              --deprecation-pattern RE constants whose comment matches RE become @Deprecated
              --request-enum TAG       the C enum TAG is a set of requests: generate a typed
                                       command class (<Enum>Commands, with -d) with one method per
                                       enumerator, its argument words from the enumerator's
                                       "+ a, b" comment (repeatable)
              --request-args CONST=a,b the argument names of request CONST, in place of its
                                       comment's (CONST= for none; repeatable)
              --library LIB            look the generated functions' symbols up in LIB (a name
                                       such as libz.so.1, or a path) before libc (repeatable)
              --include-function PAT   bind only the functions and variables matching PAT: a C
                                       name, a glob (pthread_*), or HEADER:GLOB (unistd.h:*)
                                       (repeatable; default: all of the header's translation unit)
              --exclude-function PAT   do not bind those matching PAT (repeatable)
              --errno PAT              capture errno for the functions matching PAT: their methods
                                       throw ErrnoException (function, errno name) on failure
              --include-constant PAT   also generate the macros matching PAT that included files
                                       define (E* for errno.h; HEADER:GLOB as above; repeatable)
              --abi-baseline FILE      compare the header (one) with FILE, a layout JSON written
                                       earlier with --layout-json for the same target, and print
                                       the ABI change report grouped by declaration
              --abi-json PATH          also write the report as JSON (- is standard output)
              --abi-old-sources DIR    the sources generated for the baseline (with -p): the report
                                       lists the generated Java API's removed and changed members
              --abi-sources DIR        the project's own sources (repeatable, with -p): the report
                                       lists each use of a changed generated member as file:line:col
              --help                   print this help
              --version                print jbindgen's version
              --                       end of options: every further argument is a header

            Diagnostics go to standard error as file:line:col: error|warning: message [code].
            Exit status: 0 every header succeeded; 1 some header had errors (the others still get
            their output); 2 usage error; 3 internal error (a bug in jbindgen: please report it).
            With --abi-baseline: 0 nothing incompatible changed (compatible changes may have);
            1 an incompatible change (or header errors); 2 usage error or unusable baseline.
            """;

    private Usage() {
    }
}
