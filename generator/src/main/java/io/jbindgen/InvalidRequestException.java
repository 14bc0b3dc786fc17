package io.jbindgen;

/**
 * A {@link GenerationRequest} value that cannot be used: an unknown target, a bad Java package, a
 * pattern that does not compile… The message is {@code field: problem}; callers that know the field
 * under another name (a command-line option, a POM element) print their name and {@link #problem()}.
 */
public final class InvalidRequestException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    /**
     * A problem with one field.
     *
     * @param field the request field, e.g. {@code outputs[0].javaPackage}
     * @param problem what is wrong with it, e.g. {@code 'a..b' is not a Java package name}
     */
    public InvalidRequestException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** {@return the request field, e.g. {@code outputs[0].javaPackage} or {@code deprecationPattern}} */
    public String field() {
        return field;
    }

    /** {@return what is wrong with the field's value} */
    public String problem() {
        return problem;
    }
}
