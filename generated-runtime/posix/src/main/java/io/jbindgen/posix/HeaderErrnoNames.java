package io.jbindgen.posix;

import io.jbindgen.posix.libc.Errno;
import io.jbindgen.runtime.sys.ErrnoNames;

/**
 * The errno names of the system's {@code <errno.h>}, as jbindgen generated them into
 * {@link Errno} (every {@code E*} macro of the header and the kernel headers it includes, aliases after the
 * names they stand for): the table {@link io.jbindgen.runtime.sys.Errno#name(int)} finds through the
 * service loader when this artifact is on the class path.
 */
public final class HeaderErrnoNames implements ErrnoNames {
    private static final ErrnoNames TABLE = ErrnoNames.fromConstants(Errno.class);

    /** Creates the table (the service loader's constructor). */
    public HeaderErrnoNames() {
    }

    @Override
    public String name(int errno) {
        return TABLE.name(errno);
    }
}
