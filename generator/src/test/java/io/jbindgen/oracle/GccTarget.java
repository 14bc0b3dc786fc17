package io.jbindgen.oracle;

import io.jbindgen.abi.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The gcc that is the oracle for one jbindgen target: the native gcc for x86_64, Debian's cross
 * compilers for i386 (or {@code gcc -m32}), aarch64, s390x, armhf, riscv64, ppc64el and mips64el.
 *
 * @param target the jbindgen target
 * @param command the compiler command (with {@code -m32} where needed)
 */
record GccTarget(Target target, List<String> command) {

    /** {@return the compiler for {@code target}, if it is installed} */
    static Optional<GccTarget> find(Target target) {
        List<List<String>> candidates = switch (target.name()) {
            case "x86_64" -> List.of(List.of("gcc"), List.of("x86_64-linux-gnu-gcc"));
            case "i386" -> List.of(List.of("i686-linux-gnu-gcc"), List.of("gcc", "-m32"));
            case "armhf" -> List.of(List.of("arm-linux-gnueabihf-gcc"));
            case "ppc64el" -> List.of(List.of("powerpc64le-linux-gnu-gcc"));
            case "mips64el" -> List.of(List.of("mips64el-linux-gnuabi64-gcc"));
            default -> List.of(List.of(target.name() + "-linux-gnu-gcc"));
        };
        for (List<String> c : candidates) {
            if (works(c)) {
                return Optional.of(new GccTarget(target, c));
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the directories this compiler searches for {@code <...>} headers, minus its own resource
     * directory (jbindgen brings its own {@code stddef.h} & co.): what to pass to jbindgen as {@code -I}}
     */
    List<Path> systemIncludeDirs() throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(command);
        cmd.addAll(List.of("-E", "-v", "-x", "c", "/dev/null", "-o", "/dev/null"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        List<Path> dirs = new ArrayList<>();
        boolean in = false;
        for (String line : out.split("\n")) {
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

    private static boolean works(List<String> command) {
        try {
            List<String> cmd = new ArrayList<>(command);
            cmd.addAll(List.of("-fsyntax-only", "-x", "c", "/dev/null"));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
