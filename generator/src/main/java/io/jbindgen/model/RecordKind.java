package io.jbindgen.model;

/** Whether a record is a {@code struct} or a {@code union}. */
public enum RecordKind {
    STRUCT("struct"),
    UNION("union");

    private final String keyword;

    RecordKind(String keyword) {
        this.keyword = keyword;
    }

    /** {@return the C keyword} */
    public String keyword() {
        return keyword;
    }
}
