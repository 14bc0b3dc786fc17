package io.jbindgen.oracle;

import io.jbindgen.target.Target;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The gcc that is the oracle for one jbindgen target: the native gcc for x86_64, Debian's cross
 * compilers for i386 (or {@code gcc -m32}), aarch64, s390x, armhf, riscv64, ppc64el and mips64el.
 *
 * @param target the jbindgen target
 * @param command the compiler command (with {@code -m32} where needed)
 */
record GccTarget(Target target, List<String> command) {

    /** {@return the compiler for {@code target}; skips (with CI=true: fails) the test when it or its headers are missing} */
    static GccTarget require(Target target) {
        return new GccTarget(target, Toolchains.compiler(target));
    }

    /** {@return the compiler for {@code target}, if it and its kernel headers are installed (no skip)} */
    static Optional<GccTarget> find(Target target) {
        Toolchains.Availability a = Toolchains.availability(target);
        return a.usable() ? Optional.of(new GccTarget(target, a.command())) : Optional.empty();
    }

    /**
     * {@return the directories this compiler searches for {@code <...>} headers, minus its own resource
     * directory: what to pass to jbindgen as {@code -I}}
     */
    List<Path> systemIncludeDirs() {
        return Toolchains.systemIncludeDirs(command);
    }
}
