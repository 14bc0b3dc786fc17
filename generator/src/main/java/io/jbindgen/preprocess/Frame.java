package io.jbindgen.preprocess;

/** A file being read: where in its tokens, its open conditionals, and where it was found. */
final class Frame {
    final SourceFile file;
    final int dirIndex;
    final ConditionalStack conditionals = new ConditionalStack();
    int index;
    int lastDirectiveLine;
    /** Set by {@code #line}: added to physical line numbers. */
    int lineDelta;
    /** Set by {@code #line "name"}: the file name positions use from then on, or {@code null}. */
    String presumedName;

    Frame(SourceFile file, int dirIndex) {
        this.file = file;
        this.dirIndex = dirIndex;
    }
}
