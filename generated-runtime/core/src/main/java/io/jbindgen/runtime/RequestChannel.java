package io.jbindgen.runtime;

import io.jbindgen.runtime.sys.ErrnoException;

/**
 * Where generated command classes send requests: a device that takes a request code and argument
 * words, each the target's {@code unsigned long}, and answers with a result or an errno. The lguest
 * runtime's command channel is one; a test can record what it is given.
 */
public interface RequestChannel {

    /** {@return the size in bytes of one word (the target's {@code unsigned long})} */
    int wordBytes();

    /**
     * Sends a request with no argument.
     *
     * @param request the request code
     * @return the device's result
     * @throws ErrnoException with the device's errno
     */
    long send(long request) throws ErrnoException;

    /**
     * Sends a request with one argument word.
     *
     * @param request the request code
     * @param w1 the argument
     * @return the device's result
     * @throws ErrnoException with the device's errno
     */
    long send(long request, long w1) throws ErrnoException;

    /**
     * Sends a request with two argument words.
     *
     * @param request the request code
     * @param w1 the first argument
     * @param w2 the second argument
     * @return the device's result
     * @throws ErrnoException with the device's errno
     */
    long send(long request, long w1, long w2) throws ErrnoException;

    /**
     * Sends a request with three argument words.
     *
     * @param request the request code
     * @param w1 the first argument
     * @param w2 the second argument
     * @param w3 the third argument
     * @return the device's result
     * @throws ErrnoException with the device's errno
     */
    long send(long request, long w1, long w2, long w3) throws ErrnoException;

    /**
     * Sends a request with any number of argument words.
     *
     * @param request the request code
     * @param words the arguments, in order
     * @return the device's result
     * @throws ErrnoException with the device's errno
     */
    long send(long request, long[] words) throws ErrnoException;
}
