package io.jbindgen.golden.lguest.i386;

import javax.annotation.processing.Generated;

/**
 * Constants of <code>lguest_launcher.h</code> on i386: macros, enumerators and ioctl requests.
 */
@Generated("io.jbindgen")
public final class LguestLauncher {
    /**
     * + base, pfnlimit, start
     *
     * C enumerator <code>LHREQ_INITIALIZE</code> of <code>enum lguest_req</code>, of type <code>unsigned int</code>.
     */
    public static final long LHREQ_INITIALIZE = 0L;

    /**
     * No longer used
     *
     * C enumerator <code>LHREQ_GETDMA</code> of <code>enum lguest_req</code>, of type <code>unsigned int</code>.
     */
    @Deprecated
    public static final long LHREQ_GETDMA = 1L;

    /**
     * + irq
     *
     * C enumerator <code>LHREQ_IRQ</code> of <code>enum lguest_req</code>, of type <code>unsigned int</code>.
     */
    public static final long LHREQ_IRQ = 2L;

    /**
     * No longer used
     *
     * C enumerator <code>LHREQ_BREAK</code> of <code>enum lguest_req</code>, of type <code>unsigned int</code>.
     */
    @Deprecated
    public static final long LHREQ_BREAK = 3L;

    /**
     * + address, fd.
     *
     * C enumerator <code>LHREQ_EVENTFD</code> of <code>enum lguest_req</code>, of type <code>unsigned int</code>.
     */
    public static final long LHREQ_EVENTFD = 4L;

    /**
     * The alignment to use between consumer and producer parts of vring.
     * x86 pagesize for historical reasons.
     *
     * C macro <code>LGUEST_VRING_ALIGN</code>, of type <code>int</code>.
     */
    public static final int LGUEST_VRING_ALIGN = 4096;

    private LguestLauncher() {
    }
}
