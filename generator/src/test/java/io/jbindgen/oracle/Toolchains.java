package io.jbindgen.oracle;

import io.jbindgen.target.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The one check every test that needs a target's compiler or its kernel headers goes through: the
 * compiler runs AND it compiles {@code #include <asm/types.h>} and {@code <linux/types.h>} from its own
 * sysroot. A missing target is a JUnit assumption failure (reported as skipped) whose reason names the
 * package to install; with {@code CI=true} in the environment (as {@code .ci/run} sets) it fails
 * instead. Every skipped target is remembered for the summary {@link ToolchainSummary} prints at the
 * end of the run.
 */
public final class Toolchains {
    private static final Map<Target, Availability> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, String> SKIPPED = new TreeMap<>();

    private Toolchains() {
    }

    /**
     * What the check found for one target.
     *
     * @param target the target
     * @param command the compiler command that works, or empty
     * @param missing why the target cannot be checked (names the package to install), or null
     */
    public record Availability(Target target, List<String> command, String missing) {
        public Availability {
            command = List.copyOf(command);
        }

        /** {@return whether compiler and kernel headers are usable} */
        public boolean usable() {
            return missing == null;
        }
    }

    /** How a target's compiler is looked for: candidate commands and the Debian packages that provide them. */
    record Recipe(List<List<String>> candidates, String compilerPackage, String headersPackage) {
    }

    /** {@return the compiler of {@code target}, skipping (or, with CI=true, failing) the calling test when it is missing} */
    public static Availability require(Target target) {
        Availability a = availability(target);
        if (!a.usable()) {
            decide(a, System.getenv(), SKIPPED);
        }
        return a;
    }

    /** {@return the compiler command of {@code target}, or skip/fail as {@link #require} does} */
    public static List<String> compiler(Target target) {
        return require(target).command();
    }

    /** {@return the check's (cached) result for {@code target}, without skipping} */
    public static Availability availability(Target target) {
        return CACHE.computeIfAbsent(target, t -> check(t, recipe(t), System.getenv("PATH")));
    }

    /**
     * Skips (records the target in {@code skipped} for the summary, then aborts the test) or, when {@code env} has
     * {@code CI=true}, fails: a target CI installed must never be skipped there.
     */
    static void decide(Availability a, Map<String, String> env, Map<String, String> skipped) {
        if ("true".equalsIgnoreCase(env.getOrDefault("CI", ""))) {
            Assertions.fail("CI=true and target " + a.target().name() + " is missing: " + a.missing());
        }
        synchronized (skipped) {
            skipped.put(a.target().name(), a.missing());
        }
        Assumptions.abort("target " + a.target().name() + " skipped: " + a.missing());
    }

    /** {@return target name to reason, for every target some test skipped so far} */
    static Map<String, String> skipped() {
        synchronized (SKIPPED) {
            return Map.copyOf(SKIPPED);
        }
    }

    static Recipe recipe(Target target) {
        return switch (target.name()) {
            case "x86_64" -> new Recipe(List.of(List.of("gcc"), List.of("x86_64-linux-gnu-gcc")), "gcc",
                    "linux-libc-dev");
            case "i386" -> new Recipe(List.of(List.of("i686-linux-gnu-gcc"), List.of("gcc", "-m32")),
                    "gcc-i686-linux-gnu", "linux-libc-dev-i386-cross libc6-dev-i386-cross");
            case "aarch64" -> new Recipe(List.of(List.of("aarch64-linux-gnu-gcc")), "gcc-aarch64-linux-gnu",
                    "linux-libc-dev-arm64-cross libc6-dev-arm64-cross");
            case "s390x" -> new Recipe(List.of(List.of("s390x-linux-gnu-gcc")), "gcc-s390x-linux-gnu",
                    "linux-libc-dev-s390x-cross libc6-dev-s390x-cross");
            case "armhf" -> cross("arm-linux-gnueabihf", "armhf");
            case "riscv64" -> cross("riscv64-linux-gnu", "riscv64");
            case "ppc64el" -> cross("powerpc64le-linux-gnu", "ppc64el");
            case "mips64el" -> cross("mips64el-linux-gnuabi64", "mips64el");
            default -> throw new IllegalArgumentException("no compiler recipe for " + target.name());
        };
    }

    /** {@return the recipe of a Debian cross compiler: {@code <triple>-gcc} with its sysroot's headers for {@code arch}} */
    private static Recipe cross(String triple, String arch) {
        return new Recipe(List.of(List.of(triple + "-gcc")), "gcc-" + triple,
                "linux-libc-dev-" + arch + "-cross libc6-dev-" + arch + "-cross");
    }

    /**
     * The check itself, with the search {@code path} given (so that a test can show what a machine
     * without the compiler gets): the first candidate that runs and compiles the kernel types wins.
     */
    static Availability check(Target target, Recipe recipe, String path) {
        String problem = null;
        boolean preferredRuns = false;
        for (List<String> candidate : recipe.candidates()) {
            Run version = run(candidate, List.of("--version"), path, null);
            if (version == null || version.exit() != 0) {
                continue;
            }
            preferredRuns |= candidate == recipe.candidates().getFirst();
            Run kernel = run(candidate, List.of("-fsyntax-only", "-x", "c", "-"), path,
                    "#include <asm/types.h>\n#include <linux/types.h>\n");
            if (kernel != null && kernel.exit() == 0) {
                return new Availability(target, candidate, null);
            }
            if (problem == null) {
                problem = String.join(" ", candidate) + " cannot compile <asm/types.h>, <linux/types.h> ("
                        + firstLine(kernel) + ")";
            }
        }
        String preferred = String.join(" ", recipe.candidates().getFirst());
        if (!preferredRuns) {
            return new Availability(target, List.of(), "no " + preferred + (problem == null ? "" : "; " + problem)
                    + ": apt-get install " + recipe.compilerPackage() + " " + recipe.headersPackage());
        }
        return new Availability(target, List.of(), problem + ": apt-get install " + recipe.headersPackage());
    }

    /**
     * {@return the directories this compiler searches for {@code <...>} headers, minus its own resource
     * directory (jbindgen brings its own {@code stddef.h} & co.): what to pass to jbindgen as {@code -I}}
     */
    public static List<Path> systemIncludeDirs(List<String> command) {
        Run r = run(command, List.of("-E", "-v", "-x", "c", "-"), System.getenv("PATH"), "");
        List<Path> dirs = new ArrayList<>();
        boolean in = false;
        for (String line : r == null ? new String[0] : r.output().split("\n")) {
            if (line.startsWith("#include <...> search starts here")) {
                in = true;
            } else if (line.startsWith("End of search list")) {
                in = false;
            } else if (in) {
                Path d = Path.of(line.strip()).normalize();
                if (!d.startsWith("/usr/lib/gcc") && !d.startsWith("/usr/lib/gcc-cross") && Files.isDirectory(d)) {
                    dirs.add(d);
                }
            }
        }
        return dirs;
    }

    private record Run(int exit, String output) {
    }

    private static Run run(List<String> command, List<String> args, String path, String stdin) {
        List<String> cmd = new ArrayList<>(command);
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (path != null) {
            pb.environment().put("PATH", path);
            String exe = resolve(command.getFirst(), path);
            if (exe == null) {
                return null;
            }
            cmd.set(0, exe);
            pb.command(cmd);
        }
        try {
            Process p = pb.start();
            if (stdin != null) {
                p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Run(-1, "timed out");
            }
            return new Run(p.exitValue(), out);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** {@return the executable {@code name} on {@code path}, or null} (ProcessBuilder looks in the JVM's own PATH) */
    private static String resolve(String name, String path) {
        for (String dir : path.split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return Path.of(dir, name).toString();
            }
        }
        return null;
    }

    private static String firstLine(Run r) {
        if (r == null) {
            return "did not run";
        }
        Optional<String> error = r.output().lines().filter(l -> l.contains("error")).findFirst();
        return error.orElse(r.output().lines().findFirst().orElse("exit " + r.exit())).strip();
    }
}
