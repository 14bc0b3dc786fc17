package io.jbindgen.diag;

/** How serious a diagnostic is. */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    NOTE("note");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** {@return the word compilers print: {@code error}, {@code warning} or {@code note}} */
    public String label() {
        return label;
    }
}
