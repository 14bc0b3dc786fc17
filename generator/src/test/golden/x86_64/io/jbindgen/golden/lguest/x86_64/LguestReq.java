package io.jbindgen.golden.lguest.x86_64;

import io.jbindgen.runtime.CEnum;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Write command first word is a request.
 *
 * <p>The C <code>enum lguest_req</code> (<code>unsigned int</code> on x86_64). A C enum is open: use {@link #of(long)} for values read from memory, and the raw constants of the header's constants class.
 */
@Generated("io.jbindgen")
public enum LguestReq implements CEnum {
    /**
     * + base, pfnlimit, start
     *
     * C enumerator <code>LHREQ_INITIALIZE</code> = 0.
     */
    LHREQ_INITIALIZE(0L),

    /**
     * No longer used
     *
     * C enumerator <code>LHREQ_GETDMA</code> = 1.
     */
    @Deprecated
    LHREQ_GETDMA(1L),

    /**
     * + irq
     *
     * C enumerator <code>LHREQ_IRQ</code> = 2.
     */
    LHREQ_IRQ(2L),

    /**
     * No longer used
     *
     * C enumerator <code>LHREQ_BREAK</code> = 3.
     */
    @Deprecated
    LHREQ_BREAK(3L),

    /**
     * + address, fd.
     *
     * C enumerator <code>LHREQ_EVENTFD</code> = 4.
     */
    LHREQ_EVENTFD(4L);

    private static final LguestReq[] CONSTANTS = values();

    private final long value;

    LguestReq(long value) {
        this.value = value;
    }

    /**
     * {@return the C value}
     */
    @Override
    public long value() {
        return value;
    }

    /**
     * Finds the constant with a C value (the first one, when several share it).
     *
     * @param value the C value
     * @return the constant, or empty when the header lists no enumerator with that value
     */
    public static Optional<LguestReq> of(long value) {
        for (LguestReq constant : CONSTANTS) {
            if (constant.value == value) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
