/**
 * The runtime's system calls over bindings that jbindgen generates at build time from glibc's headers
 * ({@code io.jbindgen.posix.libc}, errno captured), and the errno names of the system's {@code <errno.h>}
 * for {@link io.jbindgen.runtime.sys.Errno}.
 */
module io.jbindgen.posix {
    requires transitive io.jbindgen.runtime;
    // generated sources carry @javax.annotation.processing.Generated (source retention only)
    requires static java.compiler;

    exports io.jbindgen.posix;
    exports io.jbindgen.posix.libc;

    provides io.jbindgen.runtime.sys.ErrnoNames with io.jbindgen.posix.HeaderErrnoNames;
}
