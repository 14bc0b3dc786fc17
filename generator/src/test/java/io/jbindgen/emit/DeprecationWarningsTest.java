package io.jbindgen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.target.Target;
import io.jbindgen.oracle.Toolchains;
import io.jbindgen.output.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated code never warns about its own uses of the members it marks {@code @Deprecated} (it
 * compiles with {@code -Xlint:all -Werror}), while the user's uses of them still warn.
 */
class DeprecationWarningsTest {
    private static final Path KVM = Path.of("/usr/include/linux/kvm.h");

    @TempDir
    Path tmp;

    @Test
    void usesOfADeprecatedRecordInsideTheBindingsDoNotWarnButTheUsersDo() throws IOException {
        Path header = Files.writeString(tmp.resolve("old.h"), """
                #include <linux/ioctl.h>
                #include <linux/types.h>
                /* obsolete: use struct new_req */
                struct old_req { __u32 code; };
                struct holder {
                \t__u32 id;
                \tstruct old_req one;
                \tstruct old_req many[2];
                \tstruct old_req grid[2][2];
                \tstruct old_req tail[];
                };
                /* a deprecated holder */
                struct old_holder { struct old_req inner; };
                #define HOLD_IO 0xAF
                #define HOLD_OLD _IOW(HOLD_IO, 1, struct old_req)
                #define HOLD_GONE _IOW(HOLD_IO, 2, struct old_req) /* obsolete */
                """);
        HeaderBindings.Result bindings = HeaderBindings.generate(header, Target.X86_64, "t.old",
                HeaderBindings.SYSTEM_INCLUDES);
        assertThat(bindings.errors()).isEmpty();
        JavaCompilation.Result generated = JavaCompilation.compile(tmp.resolve("generated"), bindings.files());
        assertThat(generated.errors()).isEmpty();
        assertThat(generated.warnings()).isEmpty();

        List<GeneratedFile> withUser = new ArrayList<>(bindings.files());
        withUser.add(new GeneratedFile("u/User.java", """
                package u;

                import java.lang.foreign.Arena;
                import t.old.Holder;
                import t.old.OldReq;

                public final class User {
                    private User() {
                    }

                    public static long use() {
                        try (Arena arena = Arena.ofConfined()) {
                            Holder h = Holder.allocate(arena, 1);
                            OldReq r = h.one();
                            h.many(0).code(7);
                            return r.code() + t.old.Old.HOLD_GONE_REQUEST.number();
                        }
                    }
                }
                """));
        JavaCompilation.Result user = JavaCompilation.compile(tmp.resolve("user"), withUser, false);
        assertThat(user.errors()).isEmpty();
        assertThat(user.warnings()).allMatch(w -> w.contains("User.java"))
                .anyMatch(w -> w.contains("User.java:14:") && w.contains("OldReq"))
                .anyMatch(w -> w.contains("User.java:14:") && w.contains("one()"))
                .anyMatch(w -> w.contains("User.java:15:") && w.contains("many(long)"))
                .anyMatch(w -> w.contains("User.java:16:") && w.contains("HOLD_GONE"));
    }

    /** The case: {@code KvmRun} uses {@code KvmRunDcr}, deprecated by its comment. */
    @Test
    void kvmBindingsCompileWithoutWarnings() throws IOException {
        Toolchains.require(Target.X86_64);
        HeaderBindings.Result bindings = HeaderBindings.generate(KVM, Target.X86_64, "t.kvm",
                HeaderBindings.SYSTEM_INCLUDES);
        assertThat(bindings.errors()).isEmpty();
        assertThat(bindings.files()).anyMatch(f -> f.path().endsWith("/KvmRunDcr.java")
                && f.content().contains("@Deprecated"));
        JavaCompilation.Result r = JavaCompilation.compile(tmp, bindings.files());
        assertThat(r.errors()).isEmpty();
        assertThat(r.warnings()).isEmpty();
    }
}
