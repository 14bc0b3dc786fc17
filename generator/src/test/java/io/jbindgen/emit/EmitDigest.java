package io.jbindgen.emit;

import io.jbindgen.target.Target;
import io.jbindgen.output.GeneratedFile;
import java.util.List;

/**
 * Prints every file the emitter writes for {@link Fixtures#demo()} (path, then content): run in a second
 * JVM by {@link NamesAndDocsTest}, so that output that depends on anything of one JVM run (identity hash
 * codes, hash iteration order) shows as a difference.
 */
public final class EmitDigest {
    private EmitDigest() {
    }

    static String text() {
        Fixtures.Fixture f = Fixtures.demo();
        List<GeneratedFile> files = JavaEmitter.emit(f.unit(), f.source(), Target.X86_64, EmitOptions.of("t.demo"));
        StringBuilder s = new StringBuilder();
        files.forEach(g -> s.append("== ").append(g.path()).append('\n').append(g.content()));
        return s.toString();
    }

    public static void main(String[] args) {
        System.out.print(text());
    }
}
