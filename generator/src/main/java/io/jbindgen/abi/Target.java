package io.jbindgen.abi;

import io.jbindgen.model.ScalarKind;
import java.nio.ByteOrder;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A target ABI: the table of type sizes and alignments, byte order and char signedness that decide
 * every layout, plus the architecture macros gcc predefines for it.
 *
 * @param name the name users pass to {@code --target} (e.g. {@code x86_64}, {@code i386})
 * @param byteOrder the target's byte order
 * @param charSigned whether plain {@code char} is signed
 * @param scalars size and alignment of each arithmetic type the target supports
 * @param pointer size and alignment of data and function pointers
 * @param biggestAlignment {@code __BIGGEST_ALIGNMENT__}: what a bare {@code aligned} attribute means
 * @param archMacros the architecture macros gcc predefines (name, value), e.g. {@code __x86_64__=1}
 */
public record Target(String name, ByteOrder byteOrder, boolean charSigned, Map<ScalarKind, ScalarInfo> scalars,
        ScalarInfo pointer, int biggestAlignment, Map<String, String> archMacros) {

    public Target {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(byteOrder, "byteOrder");
        scalars = Map.copyOf(scalars);
        Objects.requireNonNull(pointer, "pointer");
        archMacros = Map.copyOf(archMacros);
    }

    /** SysV AMD64. */
    public static final Target X86_64 = new Target("x86_64", ByteOrder.LITTLE_ENDIAN, true,
            lp64(16, 16, true), ScalarInfo.of(8, 8), 16,
            Map.of("__x86_64__", "1", "__x86_64", "1", "__amd64__", "1", "__amd64", "1"));

    /** SysV i386 as gcc uses it on Linux: lguest's real ABI. */
    public static final Target I386 = new Target("i386", ByteOrder.LITTLE_ENDIAN, true,
            ilp32(), ScalarInfo.of(4, 4), 16,
            Map.of("__i386__", "1", "__i386", "1", "i386", "1", "__i686__", "1", "__i686", "1"));

    /** AArch64 (LP64, little-endian, unsigned char). */
    public static final Target AARCH64 = new Target("aarch64", ByteOrder.LITTLE_ENDIAN, false,
            lp64(16, 16, true), ScalarInfo.of(8, 8), 16,
            Map.of("__aarch64__", "1", "__ARM_64BIT_STATE", "1", "__AARCH64EL__", "1", "__ARM_ARCH", "8"));

    /** IBM z/Architecture, 64-bit: big-endian, unsigned char, 8-aligned {@code long double}. */
    public static final Target S390X = new Target("s390x", ByteOrder.BIG_ENDIAN, false,
            lp64(16, 8, true), ScalarInfo.of(8, 8), 8,
            Map.of("__s390__", "1", "__s390x__", "1", "__zarch__", "1"));

    private static final List<Target> ALL = List.of(X86_64, I386, AARCH64, S390X);

    /** {@return every built-in target} */
    public static List<Target> all() {
        return ALL;
    }

    /** {@return the built-in target of that name ({@code amd64}, {@code x86}, {@code i686}, {@code arm64} are accepted too)} */
    public static Optional<Target> byName(String name) {
        String n = switch (name) {
            case "amd64", "x86-64" -> "x86_64";
            case "x86", "i686", "i586", "ia32" -> "i386";
            case "arm64" -> "aarch64";
            default -> name;
        };
        for (Target target : ALL) { // a loop, not a stream: this is on the path of every up-to-date plugin run
            if (target.name.equals(n)) {
                return Optional.of(target);
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the built-in target of that name, as {@link #byName} finds it}
     *
     * @throws IllegalArgumentException naming the known targets when there is none: the one message for
     *     an unknown target, whoever asks
     */
    public static Target named(String name) {
        Optional<Target> target = byName(name);
        if (target.isEmpty()) {
            StringBuilder known = new StringBuilder();
            for (Target t : ALL) {
                known.append(known.isEmpty() ? "" : ", ").append(t.name);
            }
            throw new IllegalArgumentException("unknown target '" + name + "' (known: " + known + ")");
        }
        return target.get();
    }

    /** {@return the size and alignment of {@code kind}, or empty when the target lacks it (e.g. {@code __int128} on i386)} */
    public Optional<ScalarInfo> scalar(ScalarKind kind) {
        return Optional.ofNullable(scalars.get(kind));
    }

    /**
     * {@return whether unnamed bitfields (including {@code :0}) raise the alignment of the record
     * that holds them, as they do under AAPCS64 but not in the x86 and s390x psABIs (checked with gcc)}
     */
    public boolean unnamedBitfieldsAlignRecord() {
        return name.equals("aarch64");
    }

    /** {@return whether {@code long} and pointers are 64 bits wide} */
    public boolean isLp64() {
        return pointer.size() == 8;
    }

    private static Map<ScalarKind, ScalarInfo> common() {
        Map<ScalarKind, ScalarInfo> m = new EnumMap<>(ScalarKind.class);
        m.put(ScalarKind.BOOL, ScalarInfo.of(1, 1));
        m.put(ScalarKind.CHAR, ScalarInfo.of(1, 1));
        m.put(ScalarKind.SIGNED_CHAR, ScalarInfo.of(1, 1));
        m.put(ScalarKind.UNSIGNED_CHAR, ScalarInfo.of(1, 1));
        m.put(ScalarKind.SHORT, ScalarInfo.of(2, 2));
        m.put(ScalarKind.UNSIGNED_SHORT, ScalarInfo.of(2, 2));
        m.put(ScalarKind.INT, ScalarInfo.of(4, 4));
        m.put(ScalarKind.UNSIGNED_INT, ScalarInfo.of(4, 4));
        m.put(ScalarKind.FLOAT, ScalarInfo.of(4, 4));
        return m;
    }

    private static Map<ScalarKind, ScalarInfo> lp64(int longDoubleSize, int longDoubleAlign, boolean int128) {
        Map<ScalarKind, ScalarInfo> m = common();
        for (ScalarKind k : List.of(ScalarKind.LONG, ScalarKind.UNSIGNED_LONG, ScalarKind.LONG_LONG,
                ScalarKind.UNSIGNED_LONG_LONG, ScalarKind.DOUBLE)) {
            m.put(k, ScalarInfo.of(8, 8));
        }
        m.put(ScalarKind.LONG_DOUBLE, ScalarInfo.of(longDoubleSize, longDoubleAlign));
        if (int128) {
            int a = Math.min(16, longDoubleAlign == 8 ? 8 : 16);
            m.put(ScalarKind.INT128, ScalarInfo.of(16, a));
            m.put(ScalarKind.UNSIGNED_INT128, ScalarInfo.of(16, a));
        }
        return m;
    }

    private static Map<ScalarKind, ScalarInfo> ilp32() {
        Map<ScalarKind, ScalarInfo> m = common();
        m.put(ScalarKind.LONG, ScalarInfo.of(4, 4));
        m.put(ScalarKind.UNSIGNED_LONG, ScalarInfo.of(4, 4));
        // GNU __alignof__ says 8; C11 _Alignof and the member alignment are 4 (checked with gcc -m32).
        m.put(ScalarKind.LONG_LONG, new ScalarInfo(8, 8, 4));
        m.put(ScalarKind.UNSIGNED_LONG_LONG, new ScalarInfo(8, 8, 4));
        m.put(ScalarKind.DOUBLE, new ScalarInfo(8, 8, 4));
        m.put(ScalarKind.LONG_DOUBLE, ScalarInfo.of(12, 4));
        return m;
    }
}
