package io.jbindgen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.GeneratedFile;
import io.jbindgen.abi.Target;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaEmitterTest {
    @TempDir
    Path tmp;

    @Test
    void lguestCompiles() throws Exception {
        Fixtures.Fixture f = Fixtures.lguest();
        List<GeneratedFile> files = JavaEmitter.emit(f.unit(), f.source(), Target.X86_64, EmitOptions.of("t.lguest"));
        if (Boolean.getBoolean("emit.print")) {
            files.forEach(g -> System.out.println("//// " + g.path() + "\n" + g.content()));
        }
        assertThat(JavaCompilation.compile(tmp, files).errors()).isEmpty();
    }

    @Test
    void demoCompiles() throws Exception {
        Fixtures.Fixture f = Fixtures.demo();
        List<GeneratedFile> files = JavaEmitter.emit(f.unit(), f.source(), Target.X86_64, EmitOptions.of("t.demo"));
        if (Boolean.getBoolean("emit.print")) {
            files.forEach(g -> System.out.println("//// " + g.path() + "\n" + g.content()));
        }
        assertThat(JavaCompilation.compile(tmp, files).errors()).isEmpty();
    }
}
