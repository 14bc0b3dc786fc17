package io.jbindgen.golden.lguest.x86_64;

import io.jbindgen.runtime.RequestChannel;
import io.jbindgen.runtime.sys.ErrnoException;
import javax.annotation.processing.Generated;

/**
 * Write command first word is a request.
 *
 * <p>The requests of the C <code>enum lguest_req</code> as methods: each sends its request code and argument words through a {@link RequestChannel} and returns the device's result. Every word is the 8-byte {@code unsigned long} of x86_64; each argument is checked against it before any system call.
 */
@Generated("io.jbindgen")
public final class LguestReqCommands {
    /**
     * The size in bytes of the target's {@code unsigned long}, the unit of every word.
     */
    public static final int WORD_BYTES = 8;

    private final RequestChannel channel;

    /**
     * Sends through {@code channel}.
     *
     * @param channel the device's request channel, whose words must be 8 bytes
     * @throws IllegalArgumentException when its words have another size
     */
    public LguestReqCommands(RequestChannel channel) {
        if (channel.wordBytes() != WORD_BYTES) {
            throw new IllegalArgumentException("the channel's words are " + channel.wordBytes() + "-byte; these commands are for the 8-byte unsigned long of x86_64");
        }
        this.channel = channel;
    }

    /**
     * {@return the channel the commands go through}
     */
    public RequestChannel channel() {
        return channel;
    }

    /**
     * Sends <code>LHREQ_INITIALIZE</code> (request 0) with 3 argument words.
     *
     * + base, pfnlimit, start
     *
     * @param base the argument word {@code base}
     * @param pfnlimit the argument word {@code pfnlimit}
     * @param start the argument word {@code start}
     * @return the device's result
     * @throws ErrnoException with the device's errno
     * @throws IllegalArgumentException when an argument does not fit the 8-byte {@code unsigned long} of x86_64
     */
    public long initialize(long base, long pfnlimit, long start) throws ErrnoException {
        return this.channel.send(0L, base, pfnlimit, start);
    }

    /**
     * Sends <code>LHREQ_GETDMA</code> (request 1) with no argument.
     *
     * No longer used
     *
     * @return the device's result
     * @throws ErrnoException with the device's errno
     * @deprecated the header documents <code>LHREQ_GETDMA</code> as retired; the request is still sent as it is
     */
    @Deprecated
    public long getdma() throws ErrnoException {
        return this.channel.send(1L);
    }

    /**
     * Sends <code>LHREQ_IRQ</code> (request 2) with 1 argument word.
     *
     * + irq
     *
     * @param irq the argument word {@code irq}
     * @return the device's result
     * @throws ErrnoException with the device's errno
     * @throws IllegalArgumentException when an argument does not fit the 8-byte {@code unsigned long} of x86_64
     */
    public long irq(long irq) throws ErrnoException {
        return this.channel.send(2L, irq);
    }

    /**
     * Sends <code>LHREQ_BREAK</code> (request 3) with no argument.
     *
     * No longer used
     *
     * @return the device's result
     * @throws ErrnoException with the device's errno
     * @deprecated the header documents <code>LHREQ_BREAK</code> as retired; the request is still sent as it is
     */
    @Deprecated
    public long break_() throws ErrnoException {
        return this.channel.send(3L);
    }

    /**
     * Sends <code>LHREQ_EVENTFD</code> (request 4) with 2 argument words.
     *
     * + address, fd.
     *
     * @param address the argument word {@code address}
     * @param fd the argument word {@code fd}
     * @return the device's result
     * @throws ErrnoException with the device's errno
     * @throws IllegalArgumentException when an argument does not fit the 8-byte {@code unsigned long} of x86_64
     */
    public long eventfd(long address, long fd) throws ErrnoException {
        return this.channel.send(4L, address, fd);
    }
}
