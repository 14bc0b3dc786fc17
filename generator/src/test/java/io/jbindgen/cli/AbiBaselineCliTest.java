package io.jbindgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --abi-baseline} end to end through {@link Main#run}: a baseline written by {@code --layout-json}
 * from lguest_launcher.h revision H4, compared with H5 (num_vq and feature_len inserted after type,
 * so config_len moves from 1 to 3, at line 38 of H5.h), and the exit-status contract.
 */
class AbiBaselineCliTest {
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    @TempDir
    Path dir;

    private int run(String... args) {
        stdout.reset();
        stderr.reset();
        return Main.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    private Path header(String revision) throws IOException, URISyntaxException {
        Path d = Files.createDirectories(dir.resolve(revision));
        Path h = d.resolve("lguest_launcher.h");
        Files.copy(Path.of(getClass().getResource("/lguest/" + revision + ".h").toURI()), h);
        return h;
    }

    private Path baseline(String revision) throws Exception {
        Path json = dir.resolve(revision + ".json");
        assertThat(run("--target", "i386", "--layout-json", json.toString(), header(revision).toString())).isZero();
        return json;
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    @Test
    void sameHeaderExitsZeroWithNoChange() throws Exception {
        Path base = baseline("H4");
        assertThat(run("--target", "i386", "--abi-baseline", base.toString(), dir.resolve("H4/lguest_launcher.h")
                .toString())).as(err()).isZero();
        assertThat(out()).startsWith(dir.resolve("H4/lguest_launcher.h") + ": 0 ABI changes, 0 incompatible");
    }

    @Test
    void incompatibleChangeExitsOneAndPointsAtTheHeaderLine() throws Exception {
        Path base = baseline("H4");
        Path h5 = header("H5");
        Path json = dir.resolve("report.json");
        assertThat(run("--target", "i386", "--abi-baseline", base.toString(), "--abi-json", json.toString(),
                h5.toString())).as(err()).isEqualTo(1);
        assertThat(out()).contains("struct lguest_device_desc\n")
                .contains("incompatible  config_len: offset moved from 1 to 3  (" + h5 + ":38)");
        assertThat(Files.readString(json)).contains("\"incompatible\": true")
                .contains("\"kind\": \"MEMBER_MOVED\"").contains("\"location\": \"" + h5 + ":38\"");
    }

    @Test
    void compatibleChangeExitsZero() throws Exception {
        Path base = baseline("H6");
        Path h7 = header("H7"); // H7 only adds LHREQ_EVENTFD and retires BREAK's argument: one incompatible
        Path h6copy = dir.resolve("H6/lguest_launcher.h");
        Files.writeString(h6copy, Files.readString(h6copy) + "\n#define LGUEST_NEW_FLAG 64\n");
        assertThat(run("--target", "i386", "--abi-baseline", base.toString(), h6copy.toString())).as(err()).isZero();
        assertThat(out()).contains("1 ABI change, 0 incompatible").contains("compatible    macro added, value 64");
        assertThat(run("--target", "i386", "--abi-baseline", base.toString(), h7.toString())).isEqualTo(1);
        assertThat(out()).contains("LHREQ_BREAK: request no longer takes argument: on/off flag");
        // with BREAK's arguments named on the command line, its comment's change is no change
        assertThat(run("--target", "i386", "--request-enum", "lguest_req", "--request-args", "LHREQ_BREAK=flag",
                "--abi-baseline", base.toString(),
                h7.toString())).as(out()).isZero();
        assertThat(out()).contains("1 ABI change, 0 incompatible").doesNotContain("LHREQ_BREAK");
    }

    @Test
    void javaSideListsUsesOfTheUsersSources() throws Exception {
        Path base = baseline("H4");
        Path old = dir.resolve("old");
        assertThat(run("--target", "i386", "-d", old.toString(), "-p", "org.example.lg", "--request-enum",
                "lguest_req", dir.resolve("H4/lguest_launcher.h").toString())).as(err()).isZero();
        Path user = Path.of(getClass().getResource("/javadiff/user").toURI());
        assertThat(run("--target", "i386", "-p", "org.example.lg", "--request-enum", "lguest_req",
                "--abi-baseline", base.toString(), "--abi-old-sources", old.toString(), "--abi-sources",
                user.toString(), header("H6").toString())).as(err()).isEqualTo(1);
        assertThat(out()).contains(user + "/org/example/app/Imports.java:8:21: uses LguestDeviceDesc.status(), "
                + "whose offset moved from 2 to 4 in struct lguest_device_desc")
                .contains("MEMBER_REMOVED org.example.lg.LguestReqCommands.initialize(long, long, long, long)");
    }

    @Test
    void unusableBaselinesExitTwoNamingTheFile() throws Exception {
        Path h4 = header("H4");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"target\": ");
        assertThat(run("--target", "i386", "--abi-baseline", broken.toString(), h4.toString())).isEqualTo(2);
        assertThat(err()).startsWith("jbindgen: unusable ABI baseline " + broken + ": not valid JSON");
        Path x64 = dir.resolve("x64.json");
        assertThat(run("--layout-json", x64.toString(), h4.toString())).isZero();
        assertThat(run("--target", "i386", "--abi-baseline", x64.toString(), h4.toString())).isEqualTo(2);
        assertThat(err()).contains(x64 + ": baseline is for target x86_64, not i386");
        Path v1 = Files.writeString(dir.resolve("v1.json"), Files.readString(x64).replace("\"schemaVersion\": 2",
                "\"schemaVersion\": 1"));
        assertThat(run("--abi-baseline", v1.toString(), h4.toString())).isEqualTo(2);
        assertThat(err()).contains(v1 + ": schema version 1, but this jbindgen reads version 2");
        assertThat(run("--abi-baseline", dir.resolve("missing.json").toString(), h4.toString())).isEqualTo(2);
        assertThat(err()).contains("cannot read the ABI baseline " + dir.resolve("missing.json"));
        assertThat(run("--abi-json", "-", h4.toString())).isEqualTo(2);
        assertThat(err()).contains("--abi-json, --abi-old-sources and --abi-sources need --abi-baseline");
        assertThat(run("--abi-baseline", x64.toString(), h4.toString(), h4.toString())).isEqualTo(2);
        assertThat(err()).contains("--abi-baseline compares one header (got 2)");
        assertThat(run("--abi-baseline", x64.toString(), "--abi-sources", dir.toString(), h4.toString())).isEqualTo(2);
        assertThat(err()).contains("--abi-old-sources and --abi-sources need -p");
        assertThat(run("--abi-baseline", x64.toString(), "-p", "p", "--abi-sources", dir.resolve("none").toString(),
                h4.toString())).isEqualTo(2);
        assertThat(err()).contains("cannot read sources for the ABI report").contains("none is not a directory");
    }
}
