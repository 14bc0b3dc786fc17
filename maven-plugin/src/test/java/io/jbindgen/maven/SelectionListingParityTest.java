package io.jbindgen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jbindgen.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code <reportSkipped>} and {@code <dumpIncludes>} against the command line's {@code --report-skipped}
 * and {@code --dump-includes} on the same header, both over the real generator: the Mojo's INFO lines
 * of the report are the command line's stdout, line for line, and the two include files are equal, so
 * both callers list through the one implementation.
 */
class SelectionListingParityTest {

    @TempDir
    Path base;

    private Path header;
    private Path included;
    private final List<String> info = new ArrayList<>();
    private GenerateMojo mojo;

    @BeforeEach
    void project() throws IOException {
        Path c = Files.createDirectories(base.resolve("src/main/c"));
        included = Files.writeString(c.resolve("arch.h"), """
                #define ARCH_MAX 16
                struct arch_regs { long ip; };
                struct arch_unused { int u; };
                """);
        header = Files.writeString(c.resolve("dev.h"), """
                #include "arch.h"
                #define DEV_FLAGS 7
                struct dev_state { struct arch_regs regs; int mode; };
                """);
        MavenProject project = new MavenProject();
        project.setFile(base.resolve("pom.xml").toFile());
        mojo = new GenerateMojo();
        mojo.project = project;
        mojo.mojoExecution = new MojoExecution(null, "default");
        mojo.outputDirectory = base.resolve("target/generated-sources/jbindgen").toFile();
        mojo.buildDirectory = base.resolve("target").toFile();
        mojo.headers = List.of(new File("src/main/c/dev.h"));
        mojo.javaPackage = "p";
        mojo.reportSkipped = true;
        mojo.dumpIncludes = new File("target/includes.txt");
        mojo.setLog((Log) Proxy.newProxyInstance(Log.class.getClassLoader(), new Class<?>[] {Log.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("info") && args != null && args[0] instanceof CharSequence text) {
                        info.add(text.toString());
                    }
                    return method.getReturnType() == boolean.class ? Boolean.FALSE : null;
                }));
    }

    private List<String> cli(Path dump) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"--report-skipped", "--dump-includes", dump.toString(), header.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private List<String> reportLines() {
        return info.stream().filter(line -> !line.startsWith("jbindgen: ")).toList();
    }

    @Test
    void thePluginLogsAndWritesWhatTheCommandLinePrintsAndWrites() throws Exception {
        List<String> cli = cli(base.resolve("cli-includes.txt"));

        mojo.execute();

        // arch.h:3 declares struct arch_unused, which dev.h neither declares nor reaches
        assertThat(cli).contains(included + ":3: skipped struct arch_unused: declared in " + included
                + ", which the header includes [not-in-header]");
        assertThat(cli.getFirst()).startsWith("# " + header + " (x86_64): ");
        assertThat(reportLines()).isEqualTo(cli);
        String dump = Files.readString(base.resolve("target/includes.txt"));
        assertThat(dump).contains("--include-struct arch_unused    # header: " + included + "\n",
                "--include-constant DEV_FLAGS    # header: " + header + "\n");
        assertThat(dump).isEqualTo(Files.readString(base.resolve("cli-includes.txt")));
        assertThat(base.resolve("target/generated-sources/jbindgen/p/DevState.java")).isRegularFile();
    }

    @Test
    void anUpToDateBuildStillListsAndSaysItWroteNoSource() throws Exception {
        mojo.execute();
        List<String> first = reportLines();
        Path state = base.resolve("target/jbindgen/default/state-v1.txt");
        long stateTime = Files.getLastModifiedTime(state).toMillis();
        Files.delete(base.resolve("target/includes.txt"));
        info.clear();

        mojo.execute();

        assertThat(info).anyMatch(line -> line.startsWith("jbindgen: up to date"));
        assertThat(info).contains("jbindgen: sources up to date; running the selection for "
                + "<reportSkipped>/<dumpIncludes> only (no source is written)");
        assertThat(reportLines()).isEqualTo(first).isNotEmpty();
        assertThat(base.resolve("target/includes.txt")).isRegularFile();
        assertThat(Files.getLastModifiedTime(state).toMillis()).isEqualTo(stateTime);
    }

    @Test
    void aHeaderErrorStillListsTheHeadersThatGotAPlanThenFailsTheBuild() throws Exception {
        Files.writeString(base.resolve("src/main/c/bad.h"), "struct broken { int x }\n");
        mojo.headers = List.of(new File("src/main/c/dev.h"), new File("src/main/c/bad.h"));

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);

        assertThat(reportLines()).contains(included + ":3: skipped struct arch_unused: declared in " + included
                + ", which the header includes [not-in-header]");
        assertThat(reportLines()).noneMatch(line -> line.contains("bad.h"));
        assertThat(Files.readString(base.resolve("target/includes.txt")))
                .contains("--include-struct dev_state    # header: " + header + "\n").doesNotContain("broken");
        assertThat(base.resolve("target/generated-sources/jbindgen/p")).doesNotExist();
    }
}
