package io.jbindgen.posix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jbindgen.posix.libc.Errno;
import io.jbindgen.runtime.sys.ErrnoException;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The errno names of the runtime's exceptions come from the system's {@code <errno.h>} through jbindgen:
 * the generated constants are exactly the {@code E*} macros gcc's preprocessor sees, with gcc's values, and
 * {@link io.jbindgen.runtime.sys.Errno#name} (found through the service loader) names each value by the
 * macro that defines it with a number, never by an alias ({@code EWOULDBLOCK}, {@code EDEADLOCK},
 * {@code ENOTSUP}).
 */
class ErrnoNamesTest {
    private static final Pattern DEFINE = Pattern.compile("#define (E[A-Z0-9]+) (\\S+)");

    @Test
    void everyErrnoMacroOfTheHeaderIsGeneratedWithGccsValueAndNamesItsValue() throws Exception {
        Map<String, String> gcc = gccErrnoMacros();
        Map<String, Integer> generated = generatedConstants();
        assertThat(generated.keySet()).containsExactlyInAnyOrderElementsOf(gcc.keySet());
        int aliases = 0;
        for (Map.Entry<String, String> e : gcc.entrySet()) {
            String body = e.getValue();
            boolean alias = body.matches("E[A-Z0-9]+");
            int value = alias ? Integer.decode(gcc.get(body)) : Integer.decode(body);
            assertThat(generated.get(e.getKey())).as(e.getKey()).isEqualTo(value);
            String expectedName = alias ? body : e.getKey();
            assertThat(io.jbindgen.runtime.sys.Errno.name(value)).as(e.getKey()).isEqualTo(expectedName);
            aliases += alias ? 1 : 0;
        }
        assertThat(gcc).hasSizeGreaterThan(100);
        assertThat(aliases).as("EWOULDBLOCK, EDEADLOCK, ENOTSUP").isGreaterThanOrEqualTo(3);
    }

    @Test
    void exceptionsNameTheErrnoAndUnknownValuesAreNumbers() {
        assertThat(new ErrnoException("pwrite", Errno.ENOSPC, "/dev/full").getMessage())
                .isEqualTo("pwrite on /dev/full: ENOSPC (errno 28)");
        assertThat(io.jbindgen.runtime.sys.Errno.name(28)).isEqualTo("ENOSPC");
        assertThat(io.jbindgen.runtime.sys.Errno.name(85)).isEqualTo("ERESTART");
        assertThat(io.jbindgen.runtime.sys.Errno.name(41)).isEqualTo("errno 41");
        assertThat(io.jbindgen.runtime.sys.Errno.name(4000)).isEqualTo("errno 4000");
    }

    @Test
    void theOneErrnoTheCoreKeepsIsTheHeaders() {
        assertThat(io.jbindgen.runtime.sys.Errno.EBADF).isEqualTo(Errno.EBADF);
    }

    private static Map<String, Integer> generatedConstants() throws IllegalAccessException {
        Map<String, Integer> constants = new TreeMap<>();
        for (Field f : Errno.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getName().matches("E[A-Z0-9]+")) {
                constants.put(f.getName(), f.getInt(null));
            }
        }
        return constants;
    }

    /** {@return name to body of every E* macro gcc defines after {@code #include <errno.h>}} */
    private static Map<String, String> gccErrnoMacros() throws IOException, InterruptedException {
        Process gcc;
        try {
            gcc = new ProcessBuilder("gcc", "-D_GNU_SOURCE", "-E", "-dM", "-").redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "gcc is not installed: " + e.getMessage());
            throw e;
        }
        gcc.getOutputStream().write("#include <errno.h>\n".getBytes(StandardCharsets.US_ASCII));
        gcc.getOutputStream().close();
        String out = new String(gcc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(gcc.waitFor()).as(out).isZero();
        Map<String, String> macros = new TreeMap<>();
        Matcher m = DEFINE.matcher(out);
        while (m.find()) {
            macros.put(m.group(1), m.group(2));
        }
        return macros;
    }
}
