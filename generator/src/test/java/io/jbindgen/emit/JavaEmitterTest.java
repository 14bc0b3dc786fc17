package io.jbindgen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.target.Target;
import io.jbindgen.output.GeneratedFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fixtures' bindings compile on every target; {@code -Demit.print=true} prints them. */
class JavaEmitterTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"x86_64", "i386", "aarch64", "s390x"})
    void fixturesCompile(String targetName) throws Exception {
        Target target = Target.byName(targetName).orElseThrow();
        for (Fixtures.Fixture f : List.of(Fixtures.lguest(), Fixtures.demo())) {
            List<GeneratedFile> files = JavaEmitter.emit(f.unit(), f.source(), target, EmitOptions.of("t.p"));
            if (Boolean.getBoolean("emit.print")) {
                files.forEach(g -> System.out.println("//// " + g.path() + "\n" + g.content()));
            }
            assertThat(JavaCompilation.compile(tmp.resolve(f.unit().mainFile()), files).errors()).isEmpty();
        }
    }
}
