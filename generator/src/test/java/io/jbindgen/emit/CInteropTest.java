package io.jbindgen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.target.Target;
import io.jbindgen.oracle.Toolchains;
import io.jbindgen.output.GeneratedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Byte-exact interop: gcc builds a small library from the fixture headers; Java writes through the
 * generated setters and C checks every field, then C fills the structs and Java reads them back,
 * all through FFM downcalls. The host is x86_64, so the target is x86_64.
 */
class CInteropTest {
    @TempDir
    Path tmp;

    @Test
    void demoStructsAgreeWithGcc() throws Throwable {
        assertThat(run(Fixtures.demo(), "t.demo", "demo_interop.c", "DemoDriver", List.of("demo.h"))).isEmpty();
    }

    @Test
    void lguestStructsAgreeWithGcc() throws Throwable {
        assertThat(run(Fixtures.lguest(), "t.lguest", "lguest_interop.c", "LguestDriver",
                List.of("lguest_launcher.h"))).isEmpty();
    }

    static String run(Fixtures.Fixture f, String pkg, String cFile, String driver, List<String> headers)
            throws Throwable {
        return new CInteropTest().runIn(Files.createTempDirectory("interop"), f, pkg, cFile, driver, headers);
    }

    private String runIn(Path dir, Fixtures.Fixture f, String pkg, String cFile, String driver,
            List<String> headers) throws Throwable {
        for (String name : headers) {
            Files.writeString(dir.resolve(name), resource(name));
        }
        return runDriver(dir, JavaEmitter.emit(f.unit(), f.source(), Target.X86_64, EmitOptions.of(pkg)), cFile,
                pkg + "." + driver);
    }

    /**
     * Builds the resource {@code cFile} with gcc into a library (headers it includes beside it in
     * {@code dir} or on the system), compiles the driver class {@code driver} (a resource named by its
     * simple name) with {@code bindings} and the drivers' base class, and runs it.
     *
     * @return the problems the driver found, empty when Java and C agree
     */
    static String runDriver(Path dir, List<GeneratedFile> bindings, String cFile, String driver) throws Throwable {
        Path c = dir.resolve(cFile);
        Files.writeString(c, resource(cFile));
        Path lib = dir.resolve("lib" + cFile.replace(".c", ".so"));
        gcc(dir, c, lib);
        String simpleName = driver.substring(driver.lastIndexOf('.') + 1);
        List<GeneratedFile> files = new ArrayList<>(bindings);
        files.add(new GeneratedFile(driver.replace('.', '/') + ".java", resource(simpleName + ".java")));
        files.add(new GeneratedFile("interop/InteropDriver.java", resource("InteropDriver.java")));
        JavaCompilation.Result compiled = JavaCompilation.compile(dir.resolve("java"), files);
        assertThat(compiled.errors()).isEmpty();
        return (String) compiled.loader().loadClass(driver).getMethod("run", Path.class).invoke(null, lib);
    }

    static String resource(String name) throws IOException {
        if (name.equals("lguest_launcher.h")) {
            return Files.readString(io.jbindgen.SeedHeader.PATH);
        }
        try (InputStream in = CInteropTest.class.getResourceAsStream("/emit/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void gcc(Path dir, Path source, Path lib) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(Toolchains.compiler(Target.X86_64));
        cmd.addAll(List.of("-shared", "-fPIC", "-O1", "-Wall", "-I", dir.toString(), "-o", lib.toString(),
                source.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }
}
