package io.jbindgen.abidiff;

/** A layout baseline that cannot be used: the message names the file and what is wrong with it. */
public final class BaselineException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * @param source the baseline's file name as the user gave it
     * @param what what is wrong
     */
    public BaselineException(String source, String what) {
        super(source + ": " + what);
    }
}
