package io.jbindgen.preprocess;

import io.jbindgen.abi.Target;
import io.jbindgen.diag.Diagnostics;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void seed() {
        for (List<Path> dirs : List.of(List.<Path>of(), List.of(Path.of("/usr/include/x86_64-linux-gnu"), Path.of("/usr/include")))) {
            Diagnostics d = new Diagnostics();
            PreprocessedUnit u = new Preprocessor(PreprocessorOptions.of(Target.I386, dirs), d)
                    .run(Path.of("/work/shared/seed/lguest_launcher.h"));
            System.out.println(d.all());
            System.out.println(u.filesRead());
            System.out.println(PpFixture.text(u));
            System.out.println(u.macros().objectLike().stream().filter(m -> m.position().file().contains("lguest")).map(m -> m.name() + "=" + m.body() + " doc=" + m.doc()).toList());
        }
    }
}
